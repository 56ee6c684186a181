// Models, their files, movements and adoptions as the API shows them, with what the caller may do: never table rows.
// Evidence files and the consent note stay with the model's own unit (and the person, for the note); people appear by
// name only.
import type { Adoption, ModelDetail, ModelFile, ModelListItem, Movement } from '../../../common/contracts/models.ts'
import type { ModelArea, ModelKind } from '../../../common/contracts/models.base.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { modelPolicy, movementPolicy } from './models.policy.ts'
import { modelRef, stateOf, type FileView, type ModelView } from './models.query.ts'

export function presentModel(v: ModelView): ModelListItem {
  const m = v.row
  return {
    id: m.id, kind: m.kind as ModelKind, title: m.title, area: m.area as ModelArea,
    movement: v.movement ? { id: v.movement.id, name: v.movement.name } : null,
    organization: { id: v.org.id, name: v.org.name },
    person: v.person ? { id: v.person.id, fullName: v.person.fullName } : null,
    summary: m.summary, state: stateOf(m, Boolean(v.open)), commendedYear: m.commendedYear, publishedAt: m.publishedAt?.toISOString() ?? null,
    coverFileId: v.coverFileId, adoptionCount: Number(v.adoptionCount),
  }
}

export function presentFile(f: FileView): ModelFile {
  return {
    id: f.id, role: f.role as ModelFile['role'], caption: f.caption, credit: f.credit, fileName: f.fileName, mediaType: f.mediaType as ModelFile['mediaType'],
    size: f.size, width: f.width, height: f.height, position: f.position, hasThumb: Boolean(f.hasThumb), createdAt: f.createdAt.toISOString(),
  }
}

export interface DetailParts {
  view: ModelView
  files: FileView[]
  consentBy: string | null
}

export function presentDetail({ view, files, consentBy }: DetailParts, actor: Actor): ModelDetail {
  const item = presentModel(view)
  const m = view.row
  const ref = modelRef(view)
  const internal = modelPolicy.readInternal(actor, ref)
  const edit = modelPolicy.edit(actor, ref)
  const nominationCount = Number(view.nominationCount)
  const isPerson = m.kind === 'person'
  const ownPerson = isPerson && actor.personId !== null && actor.personId === m.personId
  return {
    ...item,
    story: m.story, results: m.results, origin: m.origin as ModelDetail['origin'],
    consent: m.consentRecordedAt
      ? { recordedAt: m.consentRecordedAt.toISOString(), recordedBy: internal ? consentBy : null, note: internal || ownPerson ? m.consentNote : null }
      : null,
    publicShowsPerson: !isPerson || m.consentRecordedAt !== null,
    photos: files.filter((f) => f.role === 'photo').map(presentFile),
    evidence: internal ? files.filter((f) => f.role === 'evidence').map(presentFile) : [],
    nominationCount,
    createdAt: m.createdAt.toISOString(), updatedAt: m.updatedAt.toISOString(),
    abilities: {
      edit,
      delete: edit && item.state === 'draft' && nominationCount === 0,
      upload: edit,
      recordConsent: edit && isPerson,
      withdrawConsent: m.consentRecordedAt !== null && modelPolicy.withdrawConsent(actor, ref),
      publish: edit && m.commendedYear !== null && m.publishedAt === null,
      unpublish: edit && m.publishedAt !== null,
      adopt: modelPolicy.adopt(actor, ref),
    },
  }
}

export interface MovementView {
  row: { id: string; name: string; description: string | null; startsOn: string; endsOn: string | null; active: boolean }
  org: { id: string; name: string; path: string }
  modelCount: number
}

export function presentMovement(v: MovementView, actor: Actor): Movement {
  const edit = movementPolicy.edit(actor, { org: v.org, active: v.row.active })
  return {
    id: v.row.id, organization: { id: v.org.id, name: v.org.name }, name: v.row.name, description: v.row.description,
    startsOn: v.row.startsOn, endsOn: v.row.endsOn, active: v.row.active, modelCount: Number(v.modelCount),
    abilities: { edit, close: edit && v.row.active },
  }
}

export interface AdoptionView {
  id: string
  org: { id: string; name: string; kind: string; path: string }
  adoptedOn: string
  result: string
}

export function presentAdoption(a: AdoptionView, actor: Actor): Adoption {
  const mine = modelPolicy.adoptFor(actor, a.org)
  return {
    id: a.id, organization: { id: a.org.id, name: a.org.name, kind: a.org.kind as OrgKind }, adoptedOn: a.adoptedOn, result: a.result,
    abilities: { edit: mine, delete: mine },
  }
}
