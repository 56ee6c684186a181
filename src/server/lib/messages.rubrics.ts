// Error messages of the nominations' scoring rubrics (spread into messages.ts): Vietnamese first, English on request.
export const rubricMessages = {
  rubricNotFound: { vi: 'Không tìm thấy thang điểm xét chọn này.', en: 'This scoring rubric was not found.' },
  rubricCodeTaken: { vi: 'Mã thang điểm "{code}" đã được dùng.', en: 'The rubric code "{code}" is already in use.' },
  rubricPublished: { vi: 'Thang điểm đã ban hành không sửa được nữa; hãy tạo phiên bản mới.', en: 'A published rubric cannot change; create a new version.' },
  rubricSum: { vi: 'Tổng điểm tối đa các tiêu chí của mỗi lĩnh vực phải bằng 100.', en: 'The criteria of each area must add up to 100 points.' },
  nominationNoRubric: { vi: 'Chưa có thang điểm xét chọn nào đã ban hành có hiệu lực cho năm {year}; quản trị hệ thống cần ban hành thang điểm trước.', en: 'No published scoring rubric is in force for {year}; an administrator must publish one first.' },
} as const
