// The public showcase of commended models (no account), citizens' suggestions of models and their moderation.
// Public shapes carry only what the pages show: no ids of people, accounts or units (a commune's id only where it is a
// filter), no unit paths or codes, no evidence files, no consent notes, no creators.
import { z } from 'zod'
import { Id, IsoDate, Page } from './common.ts'
import { CommendationForm, ModelArea, ModelKind, SuggestionStatus } from './models.base.ts'

/** 24 a page: four rows of six cards, or a phone's few screens. */
export const SHOWCASE_PAGE_SIZE = 24

export const PublicModelQuery = z.strictObject({
  /** Part of the title, the summary, the unit's name or (with consent) the person's name; diacritics optional. */
  q: z.string().max(120).optional(),
  area: ModelArea.optional(),
  kind: ModelKind.optional(),
  /** The year it was commended. */
  year: z.coerce.number().int().min(1945).max(2200).optional(),
  /** A top-level branch of the tree (a commune, ward or agency under the province): its id, from the filters. */
  commune: Id.optional(),
  cursor: z.string().max(500).optional(),
})
export type PublicModelQuery = z.infer<typeof PublicModelQuery>

const Named = z.object({ name: z.string() })

export const PublicModelSummary = z.object({
  id: Id,
  title: z.string(),
  kind: ModelKind,
  area: ModelArea,
  summary: z.string(),
  unit: Named,
  /** The top-level branch the unit is under; null for the province itself. */
  commune: Named.nullable(),
  year: z.number().int(),
  /** The small copy of the first photo; null without a photo, or for a person who has not consented. */
  thumbnailUrl: z.string().nullable(),
  adoptions: z.number().int(),
})
export type PublicModelSummary = z.infer<typeof PublicModelSummary>
export const PublicModelList = Page(PublicModelSummary)
export type PublicModelList = z.infer<typeof PublicModelList>

/** The filters' choices: branches and years that have public models. */
export const PublicModelFilters = z.object({
  communes: z.array(z.object({ id: Id, name: z.string() })),
  years: z.array(z.number().int()),
})
export type PublicModelFilters = z.infer<typeof PublicModelFilters>

export const PublicCommendation = z.object({
  form: CommendationForm,
  /** The commendation's title ("Điển hình tiên tiến trong học tập và làm theo … năm 2026"). */
  title: z.string(),
  /** The issuing unit's name. */
  issuer: z.string(),
  number: z.string(),
  signedOn: IsoDate,
})

export const PublicPhoto = z.object({
  id: Id,
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string(),
})
export type PublicPhoto = z.infer<typeof PublicPhoto>

export const PublicAdoption = z.object({
  unit: z.string(),
  commune: z.string().nullable(),
  adoptedOn: IsoDate,
  result: z.string(),
})

export const PublicModel = PublicModelSummary.omit({ thumbnailUrl: true }).extend({
  movement: z.string().nullable(),
  /** Sanitized HTML (the server's allowlist): shown as is. */
  story: z.string(),
  results: z.string(),
  /** Only with the person's recorded consent (kind person); null otherwise. */
  person: z.object({ fullName: z.string(), position: z.string().nullable() }).nullable(),
  commendations: z.array(PublicCommendation),
  photos: z.array(PublicPhoto),
  spread: z.object({
    /** Units that adopted it. */
    adoptions: z.number().int(),
    /** Top-level branches those units are under. */
    communes: z.number().int(),
    /** The adoptions, newest first (at most 200). */
    units: z.array(PublicAdoption),
  }),
  stories: z.array(z.object({ id: Id, title: z.string(), lead: z.string(), publishedAt: z.string() })),
})
export type PublicModel = z.infer<typeof PublicModel>

export const PhotoParams = z.strictObject({ id: Id, fileId: Id })
export const PhotoQuery = z.strictObject({ size: z.enum(['thumb', 'full']).optional() })

// Citizens' suggestions. Plain text only (no markup); the contact is a phone number or an email address.
const plain = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine((s) => !/<\/?[a-z!?][^>]*>/i.test(s), { error: 'suggestionNoHtml' })
const PHONE = /^[0-9+ ().-]{6,30}$/
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

export const SuggestionSubmission = z.strictObject({
  /** A commune or ward (the list of the public feedback form). */
  communeId: Id,
  kind: ModelKind,
  title: plain(5, 200),
  description: plain(20, 3000),
  suggesterName: plain(2, 120).optional(),
  suggesterContact: z.string().trim().max(200).refine((s) => (PHONE.test(s) && (s.match(/\d/g)?.length ?? 0) >= 6) || EMAIL.test(s), { error: 'suggestionContactFormat' }).optional(),
})
export type SuggestionSubmission = z.infer<typeof SuggestionSubmission>

export const SuggestionReceipt = z.object({ received: z.literal(true), commune: z.string() })

export const SuggestionQuery = z.strictObject({
  /** A unit whose subtree's communes are listed; default: every commune I moderate. */
  org: Id.optional(),
  status: SuggestionStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

export const SuggestionItem = z.object({
  id: Id,
  commune: z.object({ id: Id, name: z.string() }),
  kind: ModelKind,
  title: z.string(),
  description: z.string(),
  /** Seen by moderators only. */
  suggesterName: z.string().nullable(),
  suggesterContact: z.string().nullable(),
  status: SuggestionStatus,
  moderationNote: z.string().nullable(),
  /** The draft model made from it, once accepted. */
  model: z.object({ id: Id, title: z.string() }).nullable(),
  moderatedBy: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ accept: z.boolean(), decline: z.boolean() }),
})
export type SuggestionItem = z.infer<typeof SuggestionItem>
export const SuggestionPage = Page(SuggestionItem)
export type SuggestionPage = z.infer<typeof SuggestionPage>

export const AcceptSuggestionBody = z.strictObject({
  /** The unit the model belongs to: in the commune's subtree, one the moderator holds. */
  organizationId: Id,
  kind: ModelKind,
  area: ModelArea,
  /** For kind person: someone placed in that unit now. */
  personId: Id.optional(),
  /** Default: the suggestion's. */
  title: z.string().trim().min(5).max(200).optional(),
  /** Default: the start of the suggestion's description. */
  summary: z.string().trim().min(10).max(500).optional(),
})
export type AcceptSuggestionBody = z.infer<typeof AcceptSuggestionBody>

export const DeclineSuggestionBody = z.strictObject({ note: z.string().trim().min(5).max(1000) })
export type DeclineSuggestionBody = z.infer<typeof DeclineSuggestionBody>
