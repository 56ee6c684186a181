// Error messages of the nominations' scoring rubrics (spread into messages.ts): Vietnamese first, English on request.
export const rubricMessages = {
  rubricNotFound: { vi: 'Không tìm thấy thang điểm xét chọn này.', en: 'This scoring rubric was not found.' },
  rubricCodeTaken: { vi: 'Mã thang điểm "{code}" đã được dùng.', en: 'The rubric code "{code}" is already in use.' },
  rubricPublished: { vi: 'Thang điểm đã ban hành không sửa được nữa; hãy tạo phiên bản mới.', en: 'A published rubric cannot change; create a new version.' },
  rubricDates: { vi: 'Ngày hết hiệu lực của thang điểm không được trước ngày có hiệu lực.', en: 'The rubric\'s end date cannot be before its start date.' },
  rubricNoneToCopy: { vi: 'Chưa có thang điểm nào đã ban hành để sao chép; hãy nhập các tiêu chí.', en: 'There is no published rubric to copy; enter the criteria.' },
  rubricSum: { vi: 'Tổng điểm tối đa các tiêu chí của mỗi lĩnh vực phải bằng 100.', en: 'The criteria of each area must add up to 100 points.' },
  nominationNoRubric: { vi: 'Chưa có thang điểm xét chọn nào đã ban hành có hiệu lực cho năm {year}; quản trị hệ thống cần ban hành thang điểm trước.', en: 'No published scoring rubric is in force for {year}; an administrator must publish one first.' },
} as const
