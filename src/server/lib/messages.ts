// Error messages the API answers with: Vietnamese by default, English with Accept-Language: en.
export const messages = {
  validationFailed: { vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' },
  unauthenticated: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  badCredentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  sessionExpired: { vi: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.', en: 'Your session has expired; please sign in again.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  csrfFailed: { vi: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.', en: 'Request rejected (missing anti-forgery token). Reload the page.' },
  mfaRequired: { vi: 'Nhập mã xác thực 6 chữ số từ ứng dụng xác thực trên điện thoại.', en: 'Enter the 6-digit code from your authenticator app.' },
  mfaInvalid: { vi: 'Mã xác thực không đúng hoặc đã được dùng. Hãy nhập mã mới nhất.', en: 'The code is wrong or already used. Enter the latest code.' },
  mfaSetupRequired: { vi: 'Tài khoản xem được cả một cây tổ chức phải bật xác thực hai lớp trước khi làm việc.', en: 'Accounts that see a whole subtree must turn on two-step sign-in first.' },
  wrongCurrentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  samePassword: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' },
  mfaAlreadyEnabled: { vi: 'Xác thực hai lớp đã được bật.', en: 'Two-step sign-in is already on.' },
  notFound: { vi: 'Không tìm thấy.', en: 'Not found.' },
  routeNotFound: { vi: 'Không có địa chỉ này.', en: 'No such address.' },
  organizationNotFound: { vi: 'Không tìm thấy tổ chức.', en: 'Organization not found.' },
  personNotFound: { vi: 'Không tìm thấy người này.', en: 'Person not found.' },
  accountNotFound: { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
  placementNotFound: { vi: 'Không tìm thấy quá trình công tác này.', en: 'Placement not found.' },
  rateLimited: { vi: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau {seconds} giây.', en: 'Too many attempts. Try again in {seconds} seconds.' },
  payloadTooLarge: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  unsupportedMediaType: { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'Unsupported content type.' },
  malformedJson: { vi: 'Dữ liệu JSON không đọc được.', en: 'The JSON body could not be read.' },
  internal: { vi: 'Đã có lỗi xảy ra. Vui lòng thử lại hoặc báo quản trị viên (mã {requestId}).', en: 'Something went wrong. Try again or tell the administrator (code {requestId}).' },
  duplicate: { vi: 'Dữ liệu bị trùng với bản ghi đã có.', en: 'This duplicates an existing record.' },
  referenced: { vi: 'Dữ liệu đang được tham chiếu hoặc tham chiếu tới bản ghi không tồn tại.', en: 'The record is referenced, or refers to a missing record.' },
  checkFailed: { vi: 'Giá trị không được chấp nhận.', en: 'The value is not accepted.' },
  invalidValue: { vi: 'Giá trị không đúng định dạng.', en: 'The value has the wrong format.' },
  invalidCursor: { vi: 'Con trỏ phân trang không hợp lệ.', en: 'Invalid page cursor.' },
  orgCodeFormat: { vi: 'Mã đơn vị chỉ gồm chữ không dấu, số và các dấu . - _ (ví dụ HV.P-HAIVAN.CB01).', en: 'A unit code has only letters without accents, digits and . - _ (e.g. HV.P-HAIVAN.CB01).' },
  usernameFormat: { vi: 'Tên đăng nhập gồm 3–60 chữ thường không dấu, số và các dấu . - _.', en: 'A username is 3–60 lowercase letters, digits and . - _.' },
  phoneFormat: { vi: 'Số điện thoại chỉ gồm chữ số và các dấu + ( ) . - khoảng trắng.', en: 'A phone number has only digits and + ( ) . - spaces.' },
  orgCodeTaken: { vi: 'Mã tổ chức "{code}" đã được dùng.', en: 'The organization code "{code}" is already in use.' },
  orgNotActive: { vi: 'Tổ chức này đã giải thể hoặc sáp nhập.', en: 'This organization has been dissolved or merged.' },
  orgIsRoot: { vi: 'Không thể thực hiện thao tác này với tổ chức gốc.', en: 'This cannot be done to the root organization.' },
  moveIntoOwnSubtree: { vi: 'Không thể chuyển một tổ chức vào chính nó hoặc tổ chức cấp dưới của nó.', en: 'An organization cannot be moved under itself or its own sub-units.' },
  mergeIntoSelf: { vi: 'Không thể sáp nhập một tổ chức vào chính nó hoặc tổ chức cấp dưới của nó.', en: 'An organization cannot be merged into itself or one of its sub-units.' },
  dissolveNotEmpty: { vi: 'Tổ chức còn {children} đơn vị trực thuộc và {people} người đang sinh hoạt: hãy chuyển hoặc sáp nhập trước khi giải thể.', en: 'The organization still has {children} sub-units and {people} people: move or merge them before dissolving it.' },
  dateInFuture: { vi: 'Ngày hiệu lực không được sau hôm nay quá một năm.', en: 'The effective date is too far in the future.' },
  dateBeforeStart: { vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The end date must be after the start date.' },
  usernameTaken: { vi: 'Tên đăng nhập "{username}" đã được dùng.', en: 'The username "{username}" is already in use.' },
  partyCardTaken: { vi: 'Số thẻ đảng viên này đã có trong hệ thống.', en: 'This party card number is already registered.' },
  passwordLength: { vi: 'Mật khẩu phải dài từ {min} đến {max} ký tự.', en: 'The password must be {min} to {max} characters long.' },
  passwordTooCommon: { vi: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.', en: 'This password is too common; choose another.' },
  cannotDisableSelf: { vi: 'Bạn không thể tự khóa tài khoản của mình.', en: 'You cannot disable your own account.' },
  primaryExists: { vi: 'Người này đang sinh hoạt chính thức ở một đơn vị khác: hãy kết thúc nơi sinh hoạt hiện tại trước (chuyển sinh hoạt).', en: 'This person already has a current primary placement: end it first (transfer).' },
  lastAdmin: { vi: 'Không thể gỡ quyền quản trị cuối cùng của hệ thống.', en: 'The last administrator grant cannot be removed.' },
  grantExists: { vi: 'Tài khoản đã có quyền này.', en: 'The account already has this grant.' },
  ruleCodeFormat: { vi: 'Mã chỉ gồm chữ thường không dấu, số và các dấu . - _.', en: 'A code has only lowercase letters, digits and . - _.' },
  frameTotal: { vi: 'Điểm nhóm tiêu chí chung và nhóm kết quả thực hiện nhiệm vụ phải cộng lại bằng 100.', en: 'The general and task-result groups must add up to 100 points.' },
  criteriaSum: { vi: 'Tổng điểm các tiêu chí phải bằng điểm tối đa của nhóm.', en: 'The criteria must add up to the group\'s maximum.' },
  duplicateCriterion: { vi: 'Mã tiêu chí bị trùng.', en: 'A criterion code is repeated.' },
  bandOrder: { vi: 'Các mức xếp loại phải theo thứ tự từ cao xuống thấp, điểm sàn giảm dần và mức thấp nhất từ 0 điểm.', en: 'Levels must go from best to worst with decreasing minimum scores, the lowest from 0.' },
  ruleSetNotFound: { vi: 'Không tìm thấy bộ quy tắc.', en: 'Rule set not found.' },
  ruleSetCodeTaken: { vi: 'Mã bộ quy tắc "{code}" đã được dùng.', en: 'The rule set code "{code}" is already in use.' },
  ruleSetPublished: { vi: 'Bộ quy tắc đã ban hành không sửa được nữa; hãy tạo phiên bản mới.', en: 'A published rule set cannot change; create a new version.' },
  ruleSetDates: { vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', en: 'The end date must come after the start date.' },
  ruleSetNotPublished: { vi: 'Chỉ dùng được bộ quy tắc đã ban hành.', en: 'Only a published rule set can be used.' },
  noRuleSet: { vi: 'Chưa có bộ quy tắc nào đã ban hành có hiệu lực cho năm {year}.', en: 'No published rule set is in force for {year}.' },
  cycleNotFound: { vi: 'Không tìm thấy chu kỳ.', en: 'Cycle not found.' },
  cycleYearTaken: { vi: 'Đã có chu kỳ năm {year}.', en: 'There is already a cycle for {year}.' },
  cycleDatesOrder: { vi: 'Hạn đăng ký, ngày sơ kết giữa năm và ngày kiểm điểm cuối năm phải theo thứ tự và thuộc năm {year} (kiểm điểm cuối năm có thể sang đầu năm sau).', en: 'Registration deadline, mid-year and year-end dates must be in order and within {year} (the year-end review may fall early the next year).' },
  cycleRulesLocked: { vi: 'Chu kỳ đã bắt đầu thực hiện: không đổi bộ quy tắc được nữa.', en: 'The cycle is under way: its rule set can no longer change.' },
  cycleClosed: { vi: 'Chu kỳ đã kết thúc.', en: 'The cycle is closed.' },
  cycleStepNotAllowed: { vi: 'Không thể chuyển chu kỳ từ trạng thái hiện tại sang bước này.', en: 'The cycle cannot take this step from its current status.' },
  classifiedRefused: { vi: 'Hệ thống không xử lý tài liệu mật.', en: 'Classified material is not processed here.' },
} as const satisfies Record<string, { vi: string; en: string }>

export type MessageKey = keyof typeof messages
export type Locale = 'vi' | 'en'

export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'vi'
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'vi'
}

export function translate(key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = messages[key][locale]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}
