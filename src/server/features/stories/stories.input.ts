// A story's fields as they are kept: title, lead and byline cleaned (NFC, no invisible characters, single spaces), the
// body through the rich-text allowlist with its text at most 50,000 characters, tags cleaned and de-duplicated without
// regard to case and diacritics (the first spelling kept). Each refusal names its field.
import { STORY_LIMITS as L, type UpdateStoryBody } from '../../../common/contracts/stories.ts'
import { cleanName, fold } from '../../../common/text/index.ts'
import { invalid } from '../../lib/errors.ts'
import { richTextToPlain, sanitizeRichText } from '../../lib/richtext.ts'

export function cleanTitle(value: string): string {
  const title = cleanName(value)
  if (title.length < L.titleMin || title.length > L.titleMax) throw invalid('storyTitleLength', 'title')
  return title
}

export function cleanLead(value: string): string {
  const lead = cleanName(value)
  if (lead.length < L.leadMin || lead.length > L.leadMax) throw invalid('storyLeadLength', 'lead')
  return lead
}

export function cleanByline(value: string | null | undefined): string | null {
  const byline = value ? cleanName(value) : ''
  return byline || null
}

/** The body as kept: sanitized HTML ('' when nothing is left), its text within the limit. */
export function cleanBody(value: string): { html: string; length: number } {
  const html = sanitizeRichText(value)
  const length = richTextToPlain(html).length
  if (length > L.bodyPlainMax) throw invalid('storyBodyTooLong', 'body', { count: length.toLocaleString('vi-VN') })
  return { html, length }
}

/** Tags cleaned, the first of each folded spelling kept ("Chỉ thị 05" and "chi thi 05" are one), at most ten. */
export function cleanTags(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const [i, raw] of values.entries()) {
    const tag = cleanName(raw)
    if (tag.length < 1 || tag.length > L.tagMax) throw invalid('storyTagInvalid', `tags.${i}`)
    const key = fold(tag)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  if (out.length > L.tagsMax) throw invalid('storyTooManyTags', 'tags')
  return out
}

export interface StoryChanges {
  modelId?: string | null
  title?: string
  lead?: string
  body?: string
  byline?: string | null
  tags?: string[]
}

/** The fields sent, cleaned (those not sent stay out). */
export function storyChanges(input: UpdateStoryBody): StoryChanges {
  const out: StoryChanges = {}
  if (input.modelId !== undefined) out.modelId = input.modelId
  if (input.title !== undefined) out.title = cleanTitle(input.title)
  if (input.lead !== undefined) out.lead = cleanLead(input.lead)
  if (input.body !== undefined) out.body = cleanBody(input.body).html
  if (input.byline !== undefined) out.byline = cleanByline(input.byline)
  if (input.tags !== undefined) out.tags = cleanTags(input.tags)
  return out
}
