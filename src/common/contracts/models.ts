// Exemplary models ("gương điển hình tiên tiến", "mô hình hay, cách làm hiệu quả") inside the organization: the
// emulation movements they belong to, the models themselves with their story, photos and evidence, the person's
// consent to be shown publicly, publication on the showcase once commended, and the units that adopted them
// ("nhân rộng"). The vocabularies live in models.base.ts.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { OrgKind } from './enums.ts'
import { ModelArea, ModelKind } from './models.base.ts'

/** Where a model stands, derived: published ⊂ commended; nominated = an open nomination; else draft. */
export const MODEL_STATES = ['draft', 'nominated', 'commended', 'published'] as const
export const ModelState = z.enum(MODEL_STATES)
export type ModelState = z.infer<typeof ModelState>

export const MODEL_FILE_ROLES = ['photo', 'evidence'] as const
export const ModelFileRole = z.enum(MODEL_FILE_ROLES)
export type ModelFileRole = z.infer<typeof ModelFileRole>

/** At most this many photos, and as many evidence files, per model. */
export const MODEL_MAX_FILES_PER_ROLE = 10
/** Each file at most 5 MB as sent (the browser shrinks large photos first). */
export const MODEL_MAX_FILE_BYTES = 5 * 1024 * 1024
/** The story's text (without markup) at most this long. */
export const MODEL_STORY_MAX_CHARS = 20_000
export const MODEL_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const MODEL_FILE_TYPES = [...MODEL_PHOTO_TYPES, 'application/pdf'] as const

const OrgRefView = z.object({ id: Id, name: z.string() })
const text = (min: number, max: number) => z.string().trim().min(min).max(max)

// ---- Movements ("phong trào thi đua") -------------------------------------------------------------------------

export const MovementQuery = z.strictObject({
  /** Movements that concern this unit: launched by it, a level above it, or a unit below it. Default: all my units. */
  org: Id.optional(),
  active: z.enum(['true', 'false']).optional(),
  /** With `org`: only those a model of that unit may join (launched by it or a level above it). */
  joinable: z.enum(['true', 'false']).optional(),
})

export const CreateMovementBody = z.strictObject({
  organizationId: Id,
  name: text(3, 200),
  description: text(1, 2000).nullish(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullish(),
})
export type CreateMovementBody = z.infer<typeof CreateMovementBody>

export const UpdateMovementBody = CreateMovementBody.omit({ organizationId: true }).partial()
export type UpdateMovementBody = z.infer<typeof UpdateMovementBody>

export const Movement = z.object({
  id: Id,
  organization: OrgRefView,
  name: z.string(),
  description: z.string().nullable(),
  startsOn: IsoDate,
  endsOn: IsoDate.nullable(),
  active: z.boolean(),
  /** Models that belong to it (any unit). */
  modelCount: z.number().int(),
  abilities: z.object({ edit: z.boolean(), close: z.boolean() }),
})
export type Movement = z.infer<typeof Movement>
export const MovementList = z.object({ items: z.array(Movement) })
export type MovementList = z.infer<typeof MovementList>

// ---- Models ---------------------------------------------------------------------------------------------------

/** Over a unit's subtree, in Vietnamese order of titles; `q` matched without diacritics over title and summary. */
export const ModelQuery = z.strictObject({
  org: Id,
  kind: ModelKind.optional(),
  area: ModelArea.optional(),
  movement: Id.optional(),
  /** commended and published may be listed by any staff account, on any unit (to find models to adopt). */
  state: ModelState.optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export type ModelQuery = z.infer<typeof ModelQuery>

const title = text(5, 200)
const summary = text(10, 500)
/** HTML from the editor: sanitized on the server; its text (without markup) limited there. */
const story = z.string().max(200_000)
const results = z.string().trim().max(5000)

export const CreateModelBody = z.strictObject({
  kind: ModelKind,
  title,
  area: ModelArea,
  movementId: Id.nullish(),
  organizationId: Id,
  /** For kind person only: a person placed in the unit's subtree. */
  personId: Id.nullish(),
  summary,
  story: story.optional(),
  results: results.optional(),
})
export type CreateModelBody = z.infer<typeof CreateModelBody>

export const UpdateModelBody = z.strictObject({
  title: title.optional(),
  area: ModelArea.optional(),
  movementId: Id.nullable().optional(),
  personId: Id.optional(),
  summary: summary.optional(),
  story: story.optional(),
  results: results.optional(),
})
export type UpdateModelBody = z.infer<typeof UpdateModelBody>

export const ConsentBody = z.strictObject({
  /** How consent was given, e.g. "Bản đồng ý ký ngày 12/3/2026, lưu tại văn phòng". */
  note: text(5, 500),
})
export type ConsentBody = z.infer<typeof ConsentBody>

export const ModelListItem = z.object({
  id: Id,
  kind: ModelKind,
  title: z.string(),
  area: ModelArea,
  movement: OrgRefView.nullable(),
  organization: OrgRefView,
  /** The person, for kind person (inside the organization the name is always shown). */
  person: z.object({ id: Id, fullName: z.string() }).nullable(),
  summary: z.string(),
  state: ModelState,
  commendedYear: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  /** The first photo, for its thumbnail; null without photos. */
  coverFileId: Id.nullable(),
  adoptionCount: z.number().int(),
})
export type ModelListItem = z.infer<typeof ModelListItem>
export const ModelPage = z.object({ items: z.array(ModelListItem), nextCursor: z.string().nullable() })
export type ModelPage = z.infer<typeof ModelPage>

export const ModelFile = z.object({
  id: Id,
  role: ModelFileRole,
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.enum(MODEL_FILE_TYPES),
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Its place among the model's files of its role, from 0 (dense); the first photo is the cover. */
  position: z.number().int(),
  /** A small copy exists (photos): `?size=thumb`. */
  hasThumb: z.boolean(),
  createdAt: z.string(),
})
export type ModelFile = z.infer<typeof ModelFile>

export const ModelAbilities = z.object({
  edit: z.boolean(),
  delete: z.boolean(),
  upload: z.boolean(),
  recordConsent: z.boolean(),
  withdrawConsent: z.boolean(),
  publish: z.boolean(),
  unpublish: z.boolean(),
  adopt: z.boolean(),
})
export type ModelAbilities = z.infer<typeof ModelAbilities>

export const ModelDetail = ModelListItem.extend({
  /** Sanitized HTML: safe to show as it is. */
  story: z.string(),
  results: z.string(),
  origin: z.enum(['unit', 'citizen']),
  /** The person's recorded consent to be shown publicly; shown to the unit's staff and to the person. */
  consent: z.object({ recordedAt: z.string(), recordedBy: z.string().nullable(), note: z.string().nullable() }).nullable(),
  /** Whether the public page may show the person's name and photos (not a person, or consent recorded). */
  publicShowsPerson: z.boolean(),
  photos: z.array(ModelFile),
  /** Evidence stays inside the organization: only the staff of the model's unit (and above) see it. */
  evidence: z.array(ModelFile),
  /** Nominations referencing it (a model once nominated is never deleted). */
  nominationCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: ModelAbilities,
})
export type ModelDetail = z.infer<typeof ModelDetail>

export const ModelFileParams = z.strictObject({ id: Id, fileId: Id })
export const ModelFileQuery = z.strictObject({ size: z.enum(['thumb']).optional() })

const photoPosition = { error: 'modelPhotoPosition' }
export const UpdateModelFileBody = z.strictObject({
  caption: z.string().trim().max(300).nullable().optional(),
  credit: z.string().trim().max(120).nullable().optional(),
  /** A photo's place among the model's photos, from 0 (the cover): the others move to make room. Evidence has no order. */
  position: z.number(photoPosition).int(photoPosition).min(0, photoPosition).max(MODEL_MAX_FILES_PER_ROLE - 1, photoPosition).optional(),
})
export type UpdateModelFileBody = z.infer<typeof UpdateModelFileBody>

/** The fields of the multipart upload (then one file, named "file" or "files"). */
export const UploadModelFileBody = z.strictObject({
  role: ModelFileRole,
  caption: z.string().trim().max(300).optional(),
  credit: z.string().trim().max(120).optional(),
})

// ---- Adoptions ("nhân rộng") ------------------------------------------------------------------------------------

export const AdoptionBody = z.strictObject({
  organizationId: Id,
  adoptedOn: IsoDate,
  /** What came of it. */
  result: text(10, 2000),
})
export type AdoptionBody = z.infer<typeof AdoptionBody>

export const UpdateAdoptionBody = AdoptionBody.omit({ organizationId: true }).partial()
export type UpdateAdoptionBody = z.infer<typeof UpdateAdoptionBody>

export const AdoptionParams = z.strictObject({ id: Id, adoptionId: Id })

export const Adoption = z.object({
  id: Id,
  organization: z.object({ id: Id, name: z.string(), kind: OrgKind }),
  adoptedOn: IsoDate,
  result: z.string(),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }),
})
export type Adoption = z.infer<typeof Adoption>

/** How far a model spread: its adoptions, and the top-level branches (children of the root) they reached. */
export const ModelSpread = z.object({
  count: z.number().int(),
  branchCount: z.number().int(),
  branches: z.array(z.object({ id: Id, name: z.string(), count: z.number().int() })),
  adoptions: z.array(Adoption),
})
export type ModelSpread = z.infer<typeof ModelSpread>
