// A suggestion being written: its fields, what the browser checks before sending, and the body sent. Plain functions,
// no React: unit-tested in suggestDraft.test.ts (the server checks everything again).
import type { TFunction } from 'i18next'
import type { ModelKind } from './publicApi.ts'

export const TITLE = { min: 5, max: 200 }
export const DESCRIPTION = { min: 20, max: 3000 }
/** The server's field paths the form shows beside its fields (the others go in the message above). */
export const SUGGEST_FIELDS = ['communeId', 'kind', 'title', 'description', 'suggesterName', 'suggesterContact'] as const

export interface SuggestDraft {
  communeId: string | null
  kind: ModelKind
  title: string
  description: string
  name: string
  contact: string
}

export const EMPTY_SUGGESTION: SuggestDraft = { communeId: null, kind: 'practice', title: '', description: '', name: '', contact: '' }

export type SuggestProblems = Partial<Record<'communeId' | 'title' | 'description', string>>

export function suggestProblems(d: SuggestDraft, t: TFunction): SuggestProblems {
  const problems: SuggestProblems = {}
  if (!d.communeId) problems.communeId = t('showcase.suggest.required')
  const title = d.title.trim().length
  if (title < TITLE.min) problems.title = t('showcase.suggest.tooShort', { min: TITLE.min, n: title })
  const description = d.description.trim().length
  if (description < DESCRIPTION.min) problems.description = t('showcase.suggest.tooShort', { min: DESCRIPTION.min, n: description })
  return problems
}

/** Trimmed; an empty name or contact is not sent. */
export function toSuggestion(d: SuggestDraft) {
  return {
    communeId: d.communeId ?? '', kind: d.kind, title: d.title.trim(), description: d.description.trim(),
    suggesterName: d.name.trim() || undefined, suggesterContact: d.contact.trim() || undefined,
  }
}
