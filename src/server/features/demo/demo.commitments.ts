// This year's commitments for the demo province: most members registered, some still missing, a few returned with a
// comment, most of the rest approved (most with mid-year progress) — so every page and roster has something true to
// show. Pure and seeded.
import type { CommitmentArea, CommitmentStatus } from '../../../common/contracts/commitments.ts'
import { Rng, type Weighted } from './demo.random.ts'

export interface DemoItem {
  area: CommitmentArea
  content: string
  target: string
  deadline: string
  /** Mid-year progress, reported by most members whose commitment was approved. */
  midyearPercent: number | null
}

export interface DemoCommitment {
  personIndex: number
  status: CommitmentStatus
  items: DemoItem[]
  returnComment: string | null
}

const TEMPLATES: Record<CommitmentArea, readonly [string, string][]> = {
  politics: [
    ['Học tập, quán triệt chuyên đề năm và các nghị quyết của cấp ủy cấp trên', 'Viết 01 bài thu hoạch đạt yêu cầu trở lên'],
    ['Tham gia đầy đủ các buổi học tập nghị quyết, sinh hoạt chuyên đề của chi bộ', 'Tham dự 100% buổi học tập, sinh hoạt chuyên đề'],
  ],
  ethics: [
    ['Giữ gìn phẩm chất đạo đức, lối sống giản dị, trung thực; thực hiện Quy định 144-QĐ/TW', 'Không vi phạm quy định về những điều đảng viên không được làm'],
    ['Không tham gia, không cổ súy các hoạt động mê tín, dị đoan, tệ nạn xã hội', 'Gia đình đạt danh hiệu "Gia đình văn hóa"'],
  ],
  style: [
    ['Gần dân, lắng nghe ý kiến của nhân dân nơi cư trú và nơi công tác', 'Tham gia ít nhất 02 buổi đối thoại, tiếp xúc với nhân dân'],
    ['Làm việc khoa học, đúng giờ, giải quyết công việc đúng hạn', 'Không có hồ sơ, công việc trễ hạn do chủ quan'],
  ],
  discipline: [
    ['Chấp hành nghiêm Điều lệ Đảng, sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định', 'Tham dự 100% buổi sinh hoạt chi bộ thường kỳ'],
  ],
  professional: [
    ['Hoàn thành tốt nhiệm vụ chuyên môn được giao trong năm', 'Được xếp loại hoàn thành tốt nhiệm vụ trở lên'],
    ['Ứng dụng chuyển đổi số trong công việc được giao', 'Xử lý 100% hồ sơ trên hệ thống điện tử'],
    ['Thực hiện mô hình, cách làm hiệu quả trong lĩnh vực phụ trách', '01 sáng kiến hoặc mô hình được cơ quan ghi nhận'],
  ],
  exemplary: [
    ['Nêu gương trong thực hiện nhiệm vụ và nơi cư trú; vận động gia đình chấp hành chủ trương, pháp luật', 'Không có khiếu nại, phản ánh về bản thân và gia đình'],
  ],
  thrift: [
    ['Thực hành tiết kiệm điện, nước, văn phòng phẩm tại nơi làm việc', 'Giảm 10% chi phí văn phòng phẩm so với năm trước'],
    ['Tiết kiệm trong tổ chức việc cưới, việc tang, lễ hội của gia đình', 'Thực hiện đúng quy ước của khu dân cư'],
  ],
  shortcomings: [
    ['Khắc phục hạn chế đã được chi bộ chỉ ra trong kiểm điểm năm trước', 'Khắc phục xong, được chi bộ xác nhận trong kỳ sơ kết giữa năm'],
  ],
}

const RETURN_COMMENTS = [
  'Nội dung nhiệm vụ chuyên môn cần nêu sản phẩm cụ thể, đo đếm được.',
  'Bổ sung nội dung khắc phục hạn chế đã được chỉ ra năm trước.',
  'Thời hạn thực hiện một số nội dung chưa phù hợp, đề nghị điều chỉnh.',
]

const STATUS: Weighted<CommitmentStatus | 'none'> = [['approved', 62], ['submitted', 12], ['returned', 4], ['draft', 7], ['none', 15]]

export function generateDemoCommitments(personIndices: number[], year: number, seed = 20260101): DemoCommitment[] {
  const rng = new Rng(seed)
  const out: DemoCommitment[] = []
  for (const personIndex of personIndices) {
    const status = rng.weighted(STATUS)
    if (status === 'none') continue
    const areas: CommitmentArea[] = ['politics', 'ethics', 'professional', ...rng.shuffle(['style', 'discipline', 'exemplary', 'thrift'] as CommitmentArea[]).slice(0, rng.int(1, 3))]
    if (rng.chance(0.2)) areas.push('shortcomings')
    const reported = status === 'approved' && rng.chance(0.7)
    const items = areas.map((area) => {
      const [content, target] = rng.pick(TEMPLATES[area])
      const month = String(rng.int(5, 12)).padStart(2, '0')
      return { area, content, target, deadline: `${year}-${month}-${month === '12' ? '15' : '30'}`, midyearPercent: reported ? rng.int(2, 10) * 10 : null }
    })
    out.push({ personIndex, status, items, returnComment: status === 'returned' ? rng.pick(RETURN_COMMENTS) : null })
  }
  return out
}
