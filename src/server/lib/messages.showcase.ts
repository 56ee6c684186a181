// Error messages of the public showcase and citizens' suggestions of models (spread into messages.ts): Vietnamese
// first, English on request.
export const showcaseMessages = {
  showcaseModelNotFound: { vi: 'Không tìm thấy gương điển hình này, hoặc gương này chưa (hoặc không còn) được công khai.', en: 'This model was not found, or it is not (or no longer) public.' },
  showcasePhotoNotFound: { vi: 'Không tìm thấy ảnh này.', en: 'This photo was not found.' },
  showcaseNotBranch: { vi: 'Chỉ lọc được theo xã, phường hoặc đơn vị trực thuộc tỉnh.', en: 'Filter by a commune, ward or unit directly under the province only.' },
  suggestionNoHtml: { vi: 'Chỉ nhập chữ thường, không dùng thẻ HTML (dạng <...>).', en: 'Plain text only: no HTML tags (like <...>).' },
  suggestionContactFormat: { vi: 'Liên hệ là một số điện thoại (ít nhất 6 chữ số) hoặc một địa chỉ thư điện tử.', en: 'The contact is a phone number (at least 6 digits) or an email address.' },
  suggestionUnknownCommune: { vi: 'Chọn một xã, phường trong danh sách.', en: 'Choose a commune or ward from the list.' },
  suggestionDuplicate: { vi: 'Gương điển hình “{title}” đã được giới thiệu cho xã, phường này trong hôm nay. Cảm ơn bạn, không cần gửi lại.', en: 'The model “{title}” was already suggested for this commune today. Thank you: no need to send it again.' },
  suggestionNotFound: { vi: 'Không tìm thấy gợi ý gương điển hình này.', en: 'This suggestion was not found.' },
  suggestionNotPending: { vi: 'Gợi ý này đã được xử lý (tiếp nhận hoặc từ chối).', en: 'This suggestion has already been accepted or declined.' },
  suggestionUnitOutside: { vi: 'Đơn vị của gương điển hình phải là xã, phường được giới thiệu hoặc một đơn vị trực thuộc mà bạn phụ trách.', en: 'The unit must be the suggested commune or a unit under it that you are responsible for.' },
  suggestionPersonRequired: { vi: 'Gương điển hình là cá nhân: chọn người đang sinh hoạt, công tác tại đơn vị đã chọn.', en: 'A person model needs the person, placed now in the chosen unit.' },
  suggestionPersonUnexpected: { vi: 'Chỉ chọn người khi gương điển hình là cá nhân.', en: 'Choose a person only for a person model.' },
  suggestionPersonOutside: { vi: 'Người được chọn không đang sinh hoạt, công tác tại đơn vị đã chọn.', en: 'The chosen person is not placed in the chosen unit now.' },
} as const satisfies Record<string, { vi: string; en: string }>
