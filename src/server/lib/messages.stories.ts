// Error messages of stories ("bài viết") and their photos (spread into messages.ts): Vietnamese first, English on request.
export const storyMessages = {
  storyNotFound: { vi: 'Không tìm thấy bài viết này.', en: 'This story was not found.' },
  storyListScope: { vi: 'Chọn đơn vị (hoặc gương điển hình) để xem bài viết.', en: 'Choose a unit (or a model) to list stories of.' },
  storyPhotoNotFound: { vi: 'Không tìm thấy ảnh này của bài viết.', en: 'This photo of the story was not found.' },
  storyTitleLength: { vi: 'Tiêu đề dài từ 5 đến 250 ký tự.', en: 'The title is 5 to 250 characters long.' },
  storyLeadLength: { vi: 'Sapo (đoạn mở đầu) dài từ 10 đến 1.000 ký tự.', en: 'The lead is 10 to 1,000 characters long.' },
  storyBodyTooLong: { vi: 'Nội dung bài viết tối đa 50.000 ký tự (hiện có {count}).', en: 'The body may be at most 50,000 characters long (it has {count}).' },
  storyTagInvalid: { vi: 'Mỗi từ khóa dài từ 1 đến 50 ký tự.', en: 'Each tag is 1 to 50 characters long.' },
  storyTooManyTags: { vi: 'Tối đa 10 từ khóa cho một bài viết.', en: 'A story has at most 10 tags.' },
  storyModelUnknown: {
    vi: 'Không tìm thấy gương điển hình này trong phạm vi đơn vị của bài viết: chọn gương của đơn vị (hoặc đơn vị trực thuộc), hoặc gương đã được khen thưởng.',
    en: "This model was not found within the story's unit: choose a model of the unit (or a unit under it), or one that has been commended.",
  },
  storyPublished: { vi: 'Bài viết đã đăng.', en: 'The story is already published.' },
  storyNotPublished: { vi: 'Bài viết chưa đăng nên không gỡ xuống được.', en: 'The story is not published, so it cannot be taken down.' },
  storyBodyEmpty: { vi: 'Bài viết chưa có nội dung: viết nội dung trước khi đăng.', en: 'The story has no body yet: write it before publishing.' },
  storyPublishedNeedsBody: { vi: 'Bài viết đã đăng phải có nội dung: gỡ bài xuống trước khi xóa hết nội dung.', en: 'A published story keeps a body: take it down before emptying it.' },
  storyDeletePublished: { vi: 'Chỉ xóa được bài viết nháp: hãy gỡ bài xuống trước.', en: 'Only a draft can be deleted: take the story down first.' },
  storyPhotosFull: { vi: 'Một bài viết có tối đa {max} ảnh.', en: 'A story has at most {max} photos.' },
  storyPhotoRequired: { vi: 'Chọn một ảnh (JPEG, PNG hoặc WebP) để tải lên.', en: 'Choose one photo (JPEG, PNG or WebP) to upload.' },
  storyPhotoType: {
    vi: 'Tệp "{name}" không được nhận: ảnh của bài viết chỉ nhận JPEG, PNG hoặc WebP, xét theo nội dung tệp.',
    en: 'File "{name}" is not accepted: a story\'s photos are JPEG, PNG or WebP only, judged by the content.',
  },
  storyPhotoTooLarge: { vi: 'Mỗi ảnh tối đa {mb} MB. Hãy chọn ảnh nhỏ hơn.', en: 'Each photo may be at most {mb} MB. Choose a smaller one.' },
  storyPhotoOneAtATime: { vi: 'Mỗi lần tải lên một ảnh, kèm chú thích và nguồn ảnh của nó.', en: 'Upload one photo at a time, with its caption and credit.' },
  storyPhotoFormTooLarge: { vi: 'Biểu mẫu gửi lên quá lớn: một ảnh tối đa {mb} MB, kèm chú thích và nguồn ảnh.', en: 'The form is too large: one photo of at most {mb} MB, with its caption and credit.' },
} as const satisfies Record<string, { vi: string; en: string }>
