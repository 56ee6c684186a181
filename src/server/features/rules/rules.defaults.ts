// The rule set shipped with the product: Quy định 366-QĐ/TW (30/8/2025) on kiểm điểm, đánh giá, xếp loại chất lượng.
// The 30 + 70 point split, the bands, the top-level conditions and the 20 % quota follow the sources cited in
// ../shared/reference/domain.md §2; the criteria wording condenses the appendices and is editable (a new version).
import type { Criterion, RuleSetContent, SubjectGroup } from '../../../common/contracts/rules.ts'

const c = (code: string, title: string, maxPoints: number): Criterion => ({ code, title, maxPoints })

const politics = (points: number) => c('chinh-tri', 'Phẩm chất chính trị: trung thành, kiên định mục tiêu, lý tưởng; chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước', points)
const ethics = (points: number) => c('dao-duc', 'Đạo đức, lối sống: liêm chính, giản dị; không suy thoái, "tự diễn biến", "tự chuyển hóa"; giữ chuẩn mực đạo đức cách mạng (Quy định 144-QĐ/TW)', points)
const discipline = (points: number) => c('ky-luat', 'Ý thức tổ chức kỷ luật, tinh thần đoàn kết; thực hiện nguyên tắc tập trung dân chủ', points)
const selfCriticism = (points: number) => c('tu-phe-binh', 'Tự phê bình và phê bình; khắc phục hạn chế, khuyết điểm đã được chỉ ra; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', points)
const commitment = (points: number) => c('cam-ket', 'Thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu đã đăng ký đầu năm', points)

const groups: Record<SubjectGroup, RuleSetContent['frame']['groups'][SubjectGroup]> = {
  collective: {
    general: [
      c('xay-dung-dang', 'Lãnh đạo công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 10),
      c('to-chuc-can-bo', 'Công tác tổ chức, cán bộ; chấp hành nguyên tắc tập trung dân chủ; đoàn kết nội bộ', 8),
      c('kiem-tra-giam-sat', 'Công tác kiểm tra, giám sát và thi hành kỷ luật đảng', 6),
      c('dan-van', 'Công tác dân vận; lắng nghe, đối thoại và giải quyết phản ánh, kiến nghị của nhân dân', 6),
    ],
    tasks: [
      c('chi-tieu', 'Kết quả thực hiện các chỉ tiêu, nhiệm vụ chính trị được giao trong năm', 40),
      c('dot-pha', 'Nhiệm vụ đột phá, vấn đề bức xúc, nổi cộm được tập trung lãnh đạo giải quyết', 15),
      c('khac-phuc', 'Khắc phục hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận, chỉ ra', 15),
    ],
  },
  leader: {
    general: [
      politics(6),
      ethics(6),
      discipline(5),
      c('neu-guong', 'Thực hiện trách nhiệm nêu gương của cán bộ lãnh đạo, quản lý, người đứng đầu', 5),
      c('doi-moi', 'Tư duy đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', 4),
      selfCriticism(4),
    ],
    tasks: [
      c('ket-qua-don-vi', 'Kết quả thực hiện nhiệm vụ của địa phương, cơ quan, đơn vị được giao lãnh đạo, quản lý', 30),
      c('nhiem-vu-ca-nhan', 'Kết quả thực hiện nhiệm vụ cá nhân được giao', 20),
      c('lanh-dao-dieu-hanh', 'Năng lực lãnh đạo, điều hành, tổ chức thực hiện; giải quyết vấn đề khó, phức tạp, nhiệm vụ đột phá', 10),
      commitment(10),
    ],
  },
  individual: {
    general: [
      politics(8),
      ethics(7),
      discipline(5),
      c('tac-phong', 'Tác phong, lề lối làm việc; tinh thần trách nhiệm, phục vụ nhân dân', 5),
      selfCriticism(5),
    ],
    tasks: [
      c('chuyen-mon', 'Kết quả thực hiện nhiệm vụ chuyên môn được giao (khối lượng, chất lượng, tiến độ, hiệu quả)', 40),
      commitment(15),
      c('nhiem-vu-dang-vien', 'Thực hiện nhiệm vụ đảng viên: sinh hoạt chi bộ, đóng đảng phí, nhiệm vụ chi bộ phân công, gương mẫu nơi cư trú', 15),
    ],
  },
  outside: {
    general: [politics(8), ethics(8), discipline(7), selfCriticism(7)],
    tasks: [
      c('nhiem-vu-dang-vien', 'Chấp hành Điều lệ Đảng: sinh hoạt chi bộ, đóng đảng phí, nhiệm vụ chi bộ phân công', 30),
      c('cong-viec', 'Kết quả công việc, lao động, sản xuất, kinh doanh của bản thân', 20),
      c('noi-cu-tru', 'Gương mẫu nơi cư trú; tham gia công tác, phong trào ở khu dân cư', 20),
    ],
  },
}

export const DEFAULT_RULE_SET = {
  code: 'qd366-2025',
  name: 'Quy định 366-QĐ/TW về kiểm điểm, đánh giá, xếp loại chất lượng',
  sourceDocument: 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị',
  effectiveFrom: '2025-08-30',
  content: {
    frame: { generalMax: 30, tasksMax: 70, groups },
    bands: [
      { level: 'excellent', minScore: 90 },
      { level: 'good', minScore: 70 },
      { level: 'complete', minScore: 50 },
      { level: 'incomplete', minScore: 0 },
    ],
    topConditions: [
      { code: 'hoan-thanh-100', kind: 'all_tasks_done', title: '100% chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng', groups: ['collective', 'leader', 'individual', 'outside'] },
      { code: 'vuot-muc-30', kind: 'tasks_exceeded_percent', threshold: 30, title: 'Ít nhất 30% chỉ tiêu, nhiệm vụ hoàn thành vượt mức', groups: ['collective', 'leader', 'individual', 'outside'] },
      { code: 'khac-phuc-100', kind: 'shortcomings_fixed', title: 'Khắc phục 100% hạn chế, khuyết điểm đã được chỉ ra', groups: ['collective', 'leader', 'individual', 'outside'] },
      { code: 'khong-ky-luat', kind: 'no_discipline', title: 'Không bị kỷ luật; với tập thể và người lãnh đạo: không có tổ chức, cá nhân trực thuộc bị kỷ luật', groups: ['collective', 'leader', 'individual', 'outside'] },
      { code: 'don-vi-hoan-thanh', kind: 'led_units_done', title: 'Địa phương, cơ quan, đơn vị do mình lãnh đạo, quản lý hoàn thành 100% chỉ tiêu, nhiệm vụ', groups: ['leader'] },
    ],
    quota: { level: 'excellent', of: 'good', percent: 20, scope: 'grassroots', exceptionsAllowed: true },
  } satisfies RuleSetContent,
}
