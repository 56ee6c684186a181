// The demo's texts of exemplary models and stories: fixed, so every seed shows the same showcase. The first story is
// the article this product started from (../shared/reference/seed-article.vi.txt), adapted to the demo city (the
// province's committee is the city's, "Thành ủy").
import type { ModelArea, ModelKind } from '../../../common/contracts/models.base.ts'

export interface DemoModelText {
  kind: ModelKind
  area: ModelArea
  title: string
  summary: string
  /** Paragraphs of the story (made HTML and sanitized when seeded). */
  story: string[]
  results: string
}

export const DEMO_MOVEMENTS = {
  city: {
    name: 'Phong trào thi đua "Dân vận khéo"',
    description: 'Phát huy vai trò của cả hệ thống chính trị trong công tác dân vận; nhân rộng các mô hình "Dân vận khéo" ở từng khu dân cư, cơ quan, đơn vị.',
  },
  ward: {
    name: 'Phong trào "Học tập và làm theo gương Bác" gắn với xây dựng khu phố văn minh',
    description: 'Mỗi chi bộ khu phố có ít nhất một việc làm cụ thể, thiết thực làm theo gương Bác mỗi năm.',
  },
}

/** The three commended and published models (with photos), in the order of the commendation decision. */
export const COMMENDED_MODELS: DemoModelText[] = [
  {
    kind: 'practice', area: 'style',
    title: 'Mô hình "Tổ tự quản an ninh, vệ sinh môi trường" ở khu phố 2',
    summary: 'Mỗi tổ dân phố tự quản một đoạn đường, một điểm tập kết rác và tuần tra đêm luân phiên; đảng viên nhận phần việc khó trước.',
    story: [
      'Năm năm trước, khu phố 2 có ba điểm tập kết rác tự phát và thường xuyên xảy ra mất cắp xe máy vào ban đêm. Chi bộ khu phố bàn với Ban công tác Mặt trận chia khu phố thành sáu tổ tự quản.',
      'Mỗi tổ nhận một đoạn đường và một điểm tập kết rác, tự thống nhất giờ bỏ rác, tự tổ chức tuần tra đêm luân phiên. Đảng viên nhận phần việc khó trước: trực đêm, vận động hộ chưa chấp hành.',
      'Cách làm không cần thêm kinh phí: người dân góp công, khu phố góp đèn chiếu sáng, phường hỗ trợ thùng rác có nắp.',
    ],
    results: 'Xóa 3 điểm rác tự phát; 2 năm liền không xảy ra mất cắp tài sản; 100% hộ ký cam kết; 4 khu phố khác của phường đã áp dụng.',
  },
  {
    kind: 'collective', area: 'ethics',
    title: 'Tập thể Chi bộ thôn A Ur đoàn kết giúp nhau thoát nghèo',
    summary: 'Mỗi đảng viên kèm cặp một hộ nghèo: cho mượn giống, hướng dẫn trồng keo, chăn nuôi; cả thôn góp ngày công làm nhà cho hộ khó khăn.',
    story: [
      'Thôn A Ur có 86 hộ, phần lớn là đồng bào Cơ Tu; đầu nhiệm kỳ còn 31 hộ nghèo. Chi bộ giao mỗi đảng viên kèm cặp một hộ, gặp nhau mỗi tháng một lần ngay tại nhà hộ được giúp.',
      'Đảng viên cho mượn giống keo, giống heo đen, hướng dẫn cách làm và cùng làm những ngày đầu. Những hộ thoát nghèo trước lại nhận kèm cặp hộ sau.',
    ],
    results: 'Hộ nghèo giảm từ 31 xuống 9 hộ sau 3 năm; 12 căn nhà được dựng bằng ngày công của thôn; chi bộ 3 năm liền hoàn thành xuất sắc nhiệm vụ.',
  },
  {
    kind: 'person', area: 'ideology',
    title: 'Đảng viên 20 năm giữ "Tủ sách Bác Hồ" ở khu phố 3',
    summary: 'Một đảng viên hưu trí mở tủ sách về Bác tại nhà, mỗi tối thứ Sáu đọc chuyện Bác cho thiếu nhi khu phố nghe.',
    story: [
      'Từ năm 2005, tủ sách nhỏ trong phòng khách nhà ông đã có hơn 600 đầu sách về Chủ tịch Hồ Chí Minh, phần lớn do bà con, học trò cũ góp tặng.',
      'Tối thứ Sáu hằng tuần, thiếu nhi khu phố đến nghe ông kể chuyện Bác, rồi mượn sách về nhà. Tủ sách không khóa, không sổ mượn: "Sách về Bác thì phải để ai cũng lấy được".',
    ],
    results: 'Hơn 600 đầu sách; khoảng 40 em thiếu nhi sinh hoạt đều đặn mỗi tuần; mô hình được Đoàn phường nhân rộng ra 2 nhà văn hóa khu phố.',
  },
]

/** A practice of the demo secretary's cell, still a draft: the secretary may nominate it. */
export const DRAFT_MODEL: DemoModelText = {
  kind: 'practice', area: 'style',
  title: 'Mô hình "Sổ tay sinh hoạt chi bộ điện tử" của Chi bộ khu phố 1',
  summary: 'Nghị quyết, phân công và kết quả thực hiện của chi bộ được cập nhật trên một sổ tay điện tử dùng chung, đảng viên theo dõi trên điện thoại.',
  story: ['Chi bộ thống nhất mỗi nghị quyết tháng chỉ ghi ba việc, mỗi việc có người phụ trách và thời hạn; kết quả được cập nhật ngay trên sổ tay dùng chung.'],
  results: 'Tỷ lệ đảng viên dự sinh hoạt đạt trên 95%; các việc nghị quyết đề ra được theo dõi đến khi hoàn thành.',
}

/** Nominated models still under way: under review at the city and at the commune, returned, declined. */
export const NOMINATED_MODELS: Record<'atCity' | 'atCommune' | 'returned' | 'declined', DemoModelText> = {
  atCity: {
    kind: 'practice', area: 'style',
    title: 'Mô hình "Ngày thứ Bảy cùng dân" của Đảng ủy xã A Vương',
    summary: 'Thứ Bảy cuối tháng, cán bộ xã về thôn cùng dân làm đường, sửa nhà, nghe và giải quyết kiến nghị ngay tại chỗ.',
    story: ['Mỗi thứ Bảy cuối tháng, Thường trực Đảng ủy và cán bộ xã chia về các thôn, cùng dân làm việc và nghe dân nói.'],
    results: '48 kiến nghị được giải quyết tại chỗ trong năm; 3,2 km đường bê tông do dân và cán bộ cùng làm.',
  },
  atCommune: {
    kind: 'person', area: 'ethics',
    title: 'Người mẹ đỡ đầu của trẻ mồ côi ở thôn Bhlô Bền',
    summary: 'Một đảng viên nhận đỡ đầu bốn cháu mồ côi, lo cho các cháu ăn học đến khi trưởng thành.',
    story: ['Bà nhận đỡ đầu cháu đầu tiên năm 2012; đến nay đã có bốn cháu được bà lo ăn học.'],
    results: '4 cháu được đỡ đầu; 2 cháu đã tốt nghiệp trung cấp, có việc làm ổn định.',
  },
  returned: {
    kind: 'collective', area: 'style',
    title: 'Đoàn Thanh niên phường Hòa Khánh với "Ngày Chủ nhật xanh"',
    summary: 'Đoàn viên ra quân mỗi Chủ nhật thu gom rác thải nhựa, trồng cây xanh dọc các tuyến đường của phường.',
    story: ['Mỗi Chủ nhật, các chi đoàn luân phiên nhận một tuyến đường để thu gom rác thải nhựa và chăm sóc cây xanh.'],
    results: 'Hơn 2.000 cây xanh được trồng; 15 tấn rác thải nhựa được thu gom.',
  },
  declined: {
    kind: 'practice', area: 'ethics',
    title: 'Mô hình "Bữa cơm nghĩa tình" ở phường Hải Châu',
    summary: 'Bữa cơm miễn phí cho người bệnh và người nhà tại bệnh viện vào trưa thứ Tư hằng tuần.',
    story: ['Các hội đoàn thể của phường luân phiên nấu và phát cơm trưa thứ Tư hằng tuần.'],
    results: 'Khoảng 300 suất cơm mỗi tuần.',
  },
}

export const RETURN_NOTE = 'Đề nghị bổ sung số liệu kết quả cụ thể theo từng năm và xác nhận của Ủy ban Mặt trận Tổ quốc phường.'
export const DECLINE_NOTE = 'Mô hình do các hội đoàn thể thực hiện, chưa thể hiện rõ vai trò của tổ chức đảng; đề nghị tiếp tục theo dõi, đề cử năm sau.'

export interface DemoStoryText {
  title: string
  lead: string
  body: string[]
  byline: string
  tags: string[]
  photo: { caption: string; credit: string; label: string }
}

/** The seed article, adapted: the city's committee ("Thành ủy") in place of the province's. */
export const SEED_STORY: DemoStoryText = {
  title: 'Tự giác học và làm theo gương Bác',
  byline: 'NG.ĐOAN (ghi)',
  lead: 'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành công việc thường xuyên ở các tổ chức đảng, cơ quan, đơn vị, của cán bộ, đảng viên và nhân dân. Đặc biệt, học và làm theo Bác đã trở thành sự tự giác của các tập thể, cá nhân.',
  body: [
    'Triển khai thực hiện Chỉ thị 05 của Bộ Chính trị (khóa XII), cấp ủy đảng, chính quyền, cơ quan, ban, ngành, đoàn thể các cấp trong thành phố tăng cường lãnh đạo, chỉ đạo vừa toàn diện, vừa trọng tâm.',
    'Xác định được nội dung cụ thể, sát thực tiễn gắn với những giải pháp phù hợp, tạo sự chuyển biến tích cực, hiệu quả trong nhận thức và hành động của cán bộ, đảng viên và các tầng lớp nhân dân.',
    'Tác phong, lề lối làm việc của cán bộ, đảng viên, công chức, viên chức có chuyển biến tích cực theo hướng khoa học, sát thực tế, gần dân, phục vụ nhân dân, khắc phục tình trạng quan liêu, xa dân. Đạo đức công vụ không còn là khái niệm xa lạ mà đã trở thành văn hóa, ứng xử trong thực thi nhiệm vụ.',
    'Kết quả đạt được trong thực hiện Chỉ thị 05 những năm qua đã góp phần quan trọng vào công tác xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức; xây dựng văn hóa công vụ và rèn luyện đạo đức cách mạng cho cán bộ, đảng viên trong toàn Đảng bộ thành phố.',
    'Thời gian tới, cấp ủy các cấp cần chủ động xây dựng kế hoạch, giải pháp khắc phục những hạn chế, khuyết điểm đã chỉ ra và những vấn đề mới phát sinh trong thực hiện nhiệm vụ.',
    'Đặc biệt, tiếp tục thực hiện việc nêu gương của cán bộ, đảng viên bảo đảm cụ thể, hiệu quả theo các quy định của Trung ương và của Ban Thường vụ Thành ủy về trách nhiệm nêu gương của cán bộ, đảng viên; trước hết là các đồng chí Thường trực Thành ủy, Ủy viên Ban Thường vụ Thành ủy, Thành ủy viên, người đứng đầu các cấp trên địa bàn thành phố.',
    'Tập trung lãnh đạo, chỉ đạo, thực hiện những nhiệm vụ đột phá, vấn đề bức xúc, nổi cộm; đổi mới phương thức lãnh đạo, phong cách, tác phong làm việc gần dân, lắng nghe, đối thoại với nhân dân; thực hành tiết kiệm, chống lãng phí, tham nhũng; nâng cao tinh thần trách nhiệm, nói đi đôi với làm; đẩy mạnh cải cách hành chính; nâng cao chất lượng công tác cán bộ và chất lượng sinh hoạt chi bộ trên địa bàn thành phố. Triển khai việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với các phong trào thi đua yêu nước.',
  ],
  tags: ['Chỉ thị 05', 'Học và làm theo Bác', 'Nêu gương'],
  photo: { caption: 'Lãnh đạo Thành ủy kiểm tra công tác chuẩn bị bầu cử sớm tại xã A Vương.', credit: 'ALĂNG NGƯỚC', label: 'Kiểm tra cơ sở tại A Vương' },
}

/** A story about the first commended model. */
export const MODEL_STORY: DemoStoryText = {
  title: 'Khu phố 2 giữ bình yên bằng tổ tự quản',
  byline: 'MINH AN',
  lead: 'Không thêm kinh phí, không thêm biên chế, sáu tổ tự quản đã giúp khu phố 2 phường Hải Vân xóa các điểm rác tự phát và hai năm liền không để xảy ra mất cắp tài sản.',
  body: [
    'Ý tưởng bắt đầu từ một buổi sinh hoạt chi bộ: thay vì chờ phường xử lý, mỗi tổ dân phố tự nhận một đoạn đường của mình.',
    'Đảng viên nhận trực đêm trước, rồi vận động từng hộ. Sau ba tháng, các điểm rác tự phát không còn; sau một năm, khu phố được công nhận khu dân cư văn minh.',
    'Cách làm của khu phố 2 nay đã được nhiều khu phố, thôn trong thành phố học tập, áp dụng.',
  ],
  tags: ['Dân vận khéo', 'Mô hình hay', 'Phường Hải Vân'],
  photo: { caption: 'Tổ tự quản khu phố 2 ra quân dọn vệ sinh cuối tuần.', credit: 'MINH AN', label: 'Tổ tự quản khu phố 2' },
}

export const DEMO_ADOPTION_RESULTS = [
  'Đã thành lập 4 tổ tự quản; xóa 1 điểm rác tự phát sau 2 tháng.',
  'Áp dụng ở 3 tổ dân phố, tuần tra đêm luân phiên; chưa xảy ra mất cắp tài sản từ khi áp dụng.',
  'Thôn nhận tự quản tuyến đường liên thôn, tổ chức tổng vệ sinh mỗi tháng.',
  'Mỗi đảng viên kèm cặp một hộ; 3 hộ đã thoát nghèo.',
  'Chi bộ phân công đảng viên kèm cặp 5 hộ khó khăn, hỗ trợ giống cây trồng.',
]
