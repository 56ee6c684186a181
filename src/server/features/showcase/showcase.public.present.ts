// What the public sees of a model. The consent rule lives here: for a person who has not consented, no name, no
// position and no photos — and, as a safety net, the person's full name written into the title, the summary, the story
// or the results is replaced by their initials ("N.V.A.", as the press does), so the page shows the unit and the
// practice. Nothing internal goes out: no ids of people, accounts or units, no paths, no evidence, no consent notes.
import type { ModelArea, ModelKind } from '../../../common/contracts/models.base.ts'
import type { PublicModel, PublicModelSummary, PublicPhoto } from '../../../common/contracts/showcase.ts'
import { branchOf, personShown, type ModelRow, type SummaryRow } from './showcase.public.query.ts'

export const PUBLIC_MODELS_API = '/api/v1/public/models'

export const photoUrl = (modelId: string, fileId: string, size: 'thumb' | 'full' = 'full') =>
  `${PUBLIC_MODELS_API}/${modelId}/photos/${fileId}${size === 'thumb' ? '?size=thumb' : ''}`

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "Nguyễn Văn An" → "N.V.A." */
export const initialsOf = (fullName: string) =>
  fullName.split(/\s+/).filter(Boolean).map((w) => `${[...w][0]!.toLocaleUpperCase('vi')}.`).join('')

/** The text with every occurrence of the full name (any case) replaced by its initials; as is without a name. */
export function maskName(text: string, fullName: string | null): string {
  const name = fullName?.trim()
  if (!name || name.length < 2) return text
  const pattern = new RegExp(name.split(/\s+/).map(escapeRegExp).join('\\s+'), 'giu')
  return text.replace(pattern, initialsOf(name))
}

/** Text of a model as the public may see it: masked when the person has not consented. */
function publicText(row: { kind: string; consentRecordedAt: Date | null; personName: string | null }) {
  const shown = personShown(row)
  return (text: string) => (shown ? text : maskName(text, row.personName))
}

export function presentSummary(row: SummaryRow, branchNames: Map<string, string>): PublicModelSummary {
  const text = publicText(row)
  const branch = branchOf(row.unitPath)
  return {
    id: row.id, title: text(row.title), kind: row.kind as ModelKind, area: row.area as ModelArea, summary: text(row.summary),
    unit: { name: row.unitName }, commune: branch && branchNames.has(branch) ? { name: branchNames.get(branch)! } : null, year: row.year!,
    thumbnailUrl: personShown(row) && row.firstPhotoId ? photoUrl(row.id, row.firstPhotoId, 'thumb') : null, adoptions: row.adoptions,
  }
}

export interface ModelExtras {
  position: string | null
  photos: { id: string; caption: string | null; credit: string | null; width: number | null; height: number | null }[]
  commendations: { form: string; title: string; issuer: string; number: string; signedOn: string }[]
  spread: { adoptions: number; communes: number; units: { unit: string; path: string; adoptedOn: string; result: string }[] }
  stories: { id: string; title: string; lead: string; publishedAt: Date | null }[]
  branchNames: Map<string, string>
}

export function presentModel(row: ModelRow, x: ModelExtras): PublicModel {
  const shown = personShown(row)
  const text = publicText(row)
  const { thumbnailUrl: _thumb, ...summary } = presentSummary(row, x.branchNames)
  const photos: PublicPhoto[] = shown
    ? x.photos.map((p) => ({ ...p, url: photoUrl(row.id, p.id), thumbnailUrl: photoUrl(row.id, p.id, 'thumb') }))
    : []
  return {
    ...summary,
    movement: row.movement, story: text(row.story), results: text(row.results),
    person: row.kind === 'person' && shown && row.personName ? { fullName: row.personName, position: x.position } : null,
    commendations: x.commendations.map((c) => ({ ...c, form: c.form as PublicModel['commendations'][number]['form'] })),
    photos,
    spread: {
      adoptions: x.spread.adoptions, communes: x.spread.communes,
      units: x.spread.units.map((u) => {
        const branch = branchOf(u.path)
        return { unit: u.unit, commune: branch ? (x.branchNames.get(branch) ?? null) : null, adoptedOn: u.adoptedOn, result: u.result }
      }),
    },
    stories: x.stories.map((s) => ({ id: s.id, title: s.title, lead: s.lead, publishedAt: s.publishedAt!.toISOString() })),
  }
}
