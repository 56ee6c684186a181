// The editor's working copy of a draft rubric: like the contract's content, but a points input may be empty ('') and
// each row carries a local id (its key is edited too). Turned back into one PATCH body on save; empty points and
// areas that do not add up to 100 are caught here (nothing is sent then), everything else is checked by the server.
import { MODEL_AREAS, type ModelArea } from '../../../../../common/contracts/models.base.ts'
import { RUBRIC_TOTAL, type Rubric, type RubricCriterion, type UpdateRubricBody } from '../../../../../common/contracts/rubrics.ts'

export type Points = number | ''

export interface CriterionDraft {
  /** Stable across edits of the key and moves: the React key and nothing else. */
  row: string
  key: string
  title: string
  maxPoints: Points
}
export type AreasDraft = Record<ModelArea, CriterionDraft[]>

export interface RubricDraft {
  name: string
  sourceDocument: string
  effectiveFrom: string
  effectiveTo: string
  areas: AreasDraft
}

type Saved = Pick<Rubric, 'name' | 'sourceDocument' | 'effectiveFrom' | 'effectiveTo' | 'content'>

let lastRow = 0
const nextRow = () => `row-${++lastRow}`

export function toDraft(rubric: Saved): RubricDraft {
  const areas = Object.fromEntries(
    MODEL_AREAS.map((a) => [a, rubric.content.areas[a].map((c) => ({ row: nextRow(), key: c.key, title: c.title, maxPoints: c.maxPoints }))]),
  ) as AreasDraft
  return {
    name: rubric.name,
    sourceDocument: rubric.sourceDocument ?? '',
    effectiveFrom: rubric.effectiveFrom,
    effectiveTo: rubric.effectiveTo ?? '',
    areas,
  }
}

/** An area's field path on the server: its sum and repeated keys are reported there, its rows below it. */
export const areaPath = (area: ModelArea) => `content.areas.${area}`

/** Empty inputs count as 0 (the save refuses them anyway). */
export function sumPoints(items: readonly { maxPoints: Points }[]): number {
  return items.reduce((sum, c) => sum + (typeof c.maxPoints === 'number' ? c.maxPoints : 0), 0)
}

export interface DraftProblems {
  /** Paths of the points inputs left empty. */
  missing: string[]
  /** Areas whose points do not add up to RUBRIC_TOTAL, with their sum. */
  sums: Partial<Record<ModelArea, number>>
}

/** The PATCH body, and what stops it from being sent (empty points, areas that do not add up). */
export function fromDraft(draft: RubricDraft, rubric: Saved): { body: UpdateRubricBody; problems: DraftProblems } {
  const problems: DraftProblems = { missing: [], sums: {} }
  const areas = Object.fromEntries(
    MODEL_AREAS.map((a) => {
      const items = draft.areas[a]
      const sum = sumPoints(items)
      if (sum !== RUBRIC_TOTAL) problems.sums[a] = sum
      return [
        a,
        items.map((c, i): RubricCriterion => {
          if (c.maxPoints === '') problems.missing.push(`${areaPath(a)}.${i}.maxPoints`)
          return { key: c.key.trim(), title: c.title.trim(), maxPoints: Number(c.maxPoints) }
        }),
      ]
    }),
  ) as Record<ModelArea, RubricCriterion[]>

  const body: UpdateRubricBody = { content: { areas } }
  const name = draft.name.trim()
  if (name !== rubric.name) body.name = name
  // An emptied source document clears it (forms.ts's nullableText, kept apart from the API client here).
  const source = draft.sourceDocument.trim() || null
  if (source !== rubric.sourceDocument) body.sourceDocument = source
  if (draft.effectiveFrom !== rubric.effectiveFrom) body.effectiveFrom = draft.effectiveFrom
  const to = draft.effectiveTo || null
  if (to !== rubric.effectiveTo) body.effectiveTo = to
  return { body, problems }
}

export const hasProblems = (p: DraftProblems) => p.missing.length > 0 || Object.keys(p.sums).length > 0

/** A new, empty row with a key unused in its area: tieu-chi-N, N one past the rows there. */
export function newCriterion(items: readonly CriterionDraft[]): CriterionDraft {
  const taken = new Set(items.map((c) => c.key.trim()))
  let n = items.length + 1
  while (taken.has(`tieu-chi-${n}`)) n++
  return { row: nextRow(), key: `tieu-chi-${n}`, title: '', maxPoints: '' }
}

/** The rows with row `from` moved to `to` (unchanged when `to` is outside the list). */
export function moveCriterion<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items]
  const next = [...items]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved)
  return next
}

const SHOWN = [/^(name|sourceDocument|effectiveFrom|effectiveTo)$/, /^content\.areas\.(ideology|ethics|style)(\.\d+\.(key|title|maxPoints))?$/]

/** Server field paths the editor shows next to an input or an area (FormError lists the others). */
export function isShownPath(path: string): boolean {
  return SHOWN.some((re) => re.test(path))
}
