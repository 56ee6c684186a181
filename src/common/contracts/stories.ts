// Stories ("bài viết"): news-style articles a unit's propaganda or committee office writes about a model or the
// movement — title, byline, lead, a rich-text body (sanitized on the server), tags and captioned photos — published on
// the public site and exported as .docx for the press. The public shapes carry nothing internal.
import { z } from 'zod'
import { Id, Page } from './common.ts'
import { StoryStatus } from './models.base.ts'

export { StoryStatus, STORY_STATUSES } from './models.base.ts'

export const STORY_LIMITS = {
  titleMin: 5,
  titleMax: 250,
  leadMin: 10,
  leadMax: 1000,
  /** The body's text (without markup), as the reader sees it. */
  bodyPlainMax: 50_000,
  /** The body's HTML as sent by the editor (markup included); the text limit above is what counts. */
  bodyHtmlMax: 400_000,
  bylineMax: 120,
  tagsMax: 10,
  tagMax: 50,
  photosMax: 12,
  captionMax: 500,
  creditMax: 120,
} as const

/** Each photo at most 5 MB as sent (the browser shrinks large ones first). */
export const STORY_PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const STORY_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const StoryPhotoType = z.enum(STORY_PHOTO_TYPES)

const L = STORY_LIMITS
const title = z.string().trim().min(L.titleMin, { error: 'storyTitleLength' }).max(L.titleMax, { error: 'storyTitleLength' })
const lead = z.string().trim().min(L.leadMin, { error: 'storyLeadLength' }).max(L.leadMax, { error: 'storyLeadLength' })
/** HTML from the editor: kept only through the server's allowlist. */
const body = z.string().max(L.bodyHtmlMax)
const byline = z.string().trim().max(L.bylineMax).nullable()
const tag = z.string().trim().min(1, { error: 'storyTagInvalid' }).max(L.tagMax, { error: 'storyTagInvalid' })
const tags = z.array(tag).max(L.tagsMax, { error: 'storyTooManyTags' })
const caption = z.string().trim().max(L.captionMax).nullable()
const credit = z.string().trim().max(L.creditMax).nullable()

export const CreateStoryBody = z.strictObject({
  /** The unit the story is written for (its office writes it). */
  organizationId: Id,
  /** The model it is about: one of the unit's subtree, or any commended one. */
  modelId: Id.nullable().optional(),
  title,
  lead,
  body: body.optional(),
  /** As printed: "NG.ĐOAN (ghi)". */
  byline: byline.optional(),
  /** De-duplicated without regard to case and diacritics. */
  tags: tags.optional(),
})
export type CreateStoryBody = z.infer<typeof CreateStoryBody>

/** Only the fields sent change; the unit stays. */
export const UpdateStoryBody = z.strictObject({
  modelId: Id.nullable(),
  title,
  lead,
  body,
  byline,
  tags,
}).partial()
export type UpdateStoryBody = z.infer<typeof UpdateStoryBody>

/** The stories of a unit's subtree (`org`), or those about a model over every unit the caller reads (`model` alone). */
export const StoryQuery = z.strictObject({
  org: Id.optional(),
  status: StoryStatus.optional(),
  model: Id.optional(),
  /** Matched in the title, the lead and the tags, diacritics optional. */
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
}).refine((q) => q.org || q.model, { error: 'storyListScope', path: ['org'] })
export type StoryQuery = z.infer<typeof StoryQuery>

/** The first photo, for a card (its thumbnail is fetched by id). */
export const StoryCover = z.object({ photoId: Id, width: z.number().int().nullable(), height: z.number().int().nullable() })

export const StoryListItem = z.object({
  id: Id,
  organization: z.object({ id: Id, name: z.string() }),
  model: z.object({ id: Id, title: z.string() }).nullable(),
  title: z.string(),
  lead: z.string(),
  byline: z.string().nullable(),
  tags: z.array(z.string()),
  status: StoryStatus,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  photoCount: z.number().int(),
  cover: StoryCover.nullable(),
})
export type StoryListItem = z.infer<typeof StoryListItem>
export const StoryPage = Page(StoryListItem)
export type StoryPage = z.infer<typeof StoryPage>

export const StoryPhoto = z.object({
  id: Id,
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  position: z.number().int(),
  fileName: z.string(),
  mediaType: StoryPhotoType,
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
})
export type StoryPhoto = z.infer<typeof StoryPhoto>

export const StoryDetail = StoryListItem.extend({
  /** Sanitized HTML: safe to show as it is. */
  body: z.string(),
  /** Characters of the body's text. */
  bodyLength: z.number().int(),
  photos: z.array(StoryPhoto),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean(), publish: z.boolean(), unpublish: z.boolean() }),
})
export type StoryDetail = z.infer<typeof StoryDetail>

/** The fields of a photo upload (multipart, with one file `file`). */
export const StoryPhotoFields = z.strictObject({ caption: caption.optional(), credit: credit.optional() })
export const UpdateStoryPhotoBody = z.strictObject({
  caption,
  credit,
  /** The photo's place among the story's photos, from 0: the others move to make room. */
  position: z.number().int().min(0).max(L.photosMax - 1),
}).partial()
export type UpdateStoryPhotoBody = z.infer<typeof UpdateStoryPhotoBody>

export const StoryPhotoParams = z.strictObject({ id: Id, photoId: Id })
/** `?size=thumb`: the WebP thumbnail instead of the photo. */
export const StoryPhotoQuery = z.strictObject({ size: z.enum(['thumb']).optional() })

// The public side (no account): published stories only; no ids of people, accounts or units, no paths.
export const PublicStoryQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  tag: z.string().trim().max(L.tagMax).optional(),
  model: Id.optional(),
  cursor: z.string().max(500).optional(),
})
export type PublicStoryQuery = z.infer<typeof PublicStoryQuery>

export const PublicStorySummary = z.object({
  id: Id,
  title: z.string(),
  lead: z.string(),
  byline: z.string().nullable(),
  tags: z.array(z.string()),
  publishedAt: z.string(),
  unit: z.object({ name: z.string() }),
  /** The model it is about: `id` only when its showcase page is public (a person's only with their consent). */
  model: z.object({ id: Id.nullable(), title: z.string() }).nullable(),
  cover: StoryCover.nullable(),
})
export type PublicStorySummary = z.infer<typeof PublicStorySummary>
export const PublicStoryList = Page(PublicStorySummary)
export type PublicStoryList = z.infer<typeof PublicStoryList>

export const PublicStoryPhoto = z.object({
  id: Id,
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
})
export const PublicStory = PublicStorySummary.extend({ body: z.string(), photos: z.array(PublicStoryPhoto) })
export type PublicStory = z.infer<typeof PublicStory>
export const PublicStoryParams = z.strictObject({ id: Id })
export const PublicStoryPhotoParams = z.strictObject({ id: Id, photoId: Id })
