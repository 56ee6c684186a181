// The editor's draft of a story, as plain functions (unit-tested in draft.test.ts): the draft from the saved story,
// the fields that changed (only those are sent), tags de-duplicated as the server does, and the body's text length.
import type { StoryDetail, UpdateStoryBody } from '../../../common/contracts/stories.ts'
import { fold } from '../../../common/text/fold.ts'

export interface ModelChoice {
  id: string
  title: string
  organization?: { name: string }
}

export interface StoryDraft {
  title: string
  byline: string
  lead: string
  body: string
  tags: string[]
  model: ModelChoice | null
}

export const draftOf = (s: StoryDetail): StoryDraft => ({ title: s.title, byline: s.byline ?? '', lead: s.lead, body: s.body, tags: s.tags, model: s.model })

/** The fields that differ from the story as saved (whitespace around the text does not count). */
export function changesOf(d: StoryDraft, s: Pick<StoryDetail, 'title' | 'byline' | 'lead' | 'body' | 'tags' | 'model'>): UpdateStoryBody {
  const out: UpdateStoryBody = {}
  if (d.title.trim() !== s.title) out.title = d.title
  if ((d.byline.trim() || null) !== s.byline) out.byline = d.byline.trim() || null
  if (d.lead.trim() !== s.lead) out.lead = d.lead
  if (d.body !== s.body) out.body = d.body
  if (d.tags.join('\n') !== s.tags.join('\n')) out.tags = d.tags
  if ((d.model?.id ?? null) !== (s.model?.id ?? null)) out.modelId = d.model?.id ?? null
  return out
}

/** Tags as the server keeps them: single spaces, one of each spelling without regard to case and diacritics. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>()
  return tags.map((tag) => tag.trim().replace(/\s+/g, ' ')).filter((tag) => {
    const key = fold(tag)
    if (!tag || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The body's text length, read without running or loading anything (DOMParser makes an inert document). */
export function textLength(html: string): number {
  if (!html) return 0
  const text = new DOMParser().parseFromString(html.replace(/<\/(p|h2|h3|li|blockquote)>/g, '$&\n'), 'text/html').body.textContent ?? ''
  return text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim().length
}
