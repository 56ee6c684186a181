// Where the feedback pages live and who is offered the inbox. Kept apart from the pages so that linking to them (menu,
// sign-in page) loads none of their code. The server decides every read and every step (a 403 shows as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'

/** Public pages (no account). */
export const FEEDBACK_PUBLIC_PATH = '/phan-anh'
export const FEEDBACK_LOOKUP_PATH = '/phan-anh/tra-cuu'
export const feedbackStatusPath = (code: string) => `${FEEDBACK_LOOKUP_PATH}/${encodeURIComponent(code)}`

/** The handling units' inbox (signed in). */
export const FEEDBACK_INBOX_PATH = '/phan-anh-kien-nghi'
export const FEEDBACK_ENTER_PATH = '/phan-anh-kien-nghi/nhap'
/** Which unit handles a commune's feedback (by topic): offices and administrators. */
export const FEEDBACK_ROUTES_PATH = '/phan-anh-kien-nghi/phan-cong'
/** The topics and their handling deadlines: administrators change them, handling units read them. */
export const FEEDBACK_CATEGORIES_PATH = '/phan-anh-kien-nghi/linh-vuc'
export const feedbackCasePath = (id: string) => `${FEEDBACK_INBOX_PATH}/${id}`

/** The roles that read a unit's inbox (the server's feedback policy: list/read). */
export const FEEDBACK_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']

const handles = (g: GrantView) => FEEDBACK_ROLES.includes(g.role)

export function canUseFeedbackInbox(me: MeResponse): boolean {
  return me.grants.some(handles)
}

/** Offices (and administrators) enter cases received by phone, in person, at a dialogue or by mail. */
export function canEnterFeedback(me: MeResponse): boolean {
  return me.grants.some((g) => g.role === 'office' || g.role === 'admin')
}

/** Offices (and administrators) re-route cases and set the routing rules; the server checks both units. */
export const canRouteFeedback = canEnterFeedback

export function canManageFeedbackCategories(me: MeResponse): boolean {
  return me.grants.some((g) => g.role === 'admin')
}

/** The default unit of the inbox: my first unit with a handling role, in the order of my grants. */
export function defaultFeedbackUnit(me: MeResponse): GrantView['organization'] | null {
  return me.grants.find(handles)?.organization ?? null
}

const CODE_LENGTH = 27

/** A code as typed (any case, spaces or dashes) → grouped in fours ("ABCD-EFGH-…"), or null when it cannot be one. */
export function normalizeTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== CODE_LENGTH || !/^[0-9A-Z]+$/.test(code)) return null
  return code.match(/.{1,4}/g)!.join('-')
}
