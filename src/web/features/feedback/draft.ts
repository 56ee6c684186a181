// A case being written (public form and office form): its fields, what the browser checks before sending, and the
// body sent. Plain functions, no React: unit-tested in draft.test.ts.
import type { TFunction } from 'i18next'
import type { FeedbackSubmission } from './publicApi.ts'

const optionalText = (value: string) => value.trim() || undefined

export const CONTENT_MIN = 20
export const CONTENT_MAX = 5000

export interface FeedbackDraft {
  categoryId: string | null
  communeId: string | null
  content: string
  anonymous: boolean
  name: string
  phone: string
  email: string
}

export const EMPTY_DRAFT: FeedbackDraft = { categoryId: null, communeId: null, content: '', anonymous: false, name: '', phone: '', email: '' }

/** The server's field paths this form shows beside its fields (the others go in the message above). */
export const DRAFT_FIELDS = ['categoryId', 'communeId', 'content', 'anonymous', 'name', 'phone', 'email'] as const

export type DraftProblems = Partial<Record<'categoryId' | 'communeId' | 'content', string>>

/** What the browser can tell before sending (the server checks everything again). */
export function draftProblems(d: FeedbackDraft, t: TFunction): DraftProblems {
  const problems: DraftProblems = {}
  if (!d.categoryId) problems.categoryId = t('feedback.fields.required')
  if (!d.communeId) problems.communeId = t('feedback.fields.required')
  const length = d.content.trim().length
  if (length < CONTENT_MIN) problems.content = t('feedback.fields.contentTooShort', { n: length })
  return problems
}

/** Anonymous: no name or contact leaves the browser, whatever was typed before ticking the box. */
export function toSubmission(d: FeedbackDraft): FeedbackSubmission {
  const base = { categoryId: d.categoryId ?? '', communeId: d.communeId ?? '', content: d.content.trim(), anonymous: d.anonymous }
  if (d.anonymous) return base
  return { ...base, name: optionalText(d.name), phone: optionalText(d.phone), email: optionalText(d.email) }
}

/** "phuong hai van" finds "Phường Hải Vân": compare without diacritics, case or đ. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim()
}
