// Stories as the API shows them inside the organization, with what the caller may do: never table rows (no account
// ids, no unit paths, no file bytes or hashes).
import type { StoryDetail, StoryListItem, StoryPhoto, StoryStatus } from '../../../common/contracts/stories.ts'
import type { Actor } from '../../lib/actor.ts'
import { richTextToPlain } from '../../lib/richtext.ts'
import { storyPolicy } from './stories.policy.ts'
import type { Cover, StoryPhotoView, StoryView } from './stories.query.ts'

export function presentStory(v: StoryView, photoCount: number, cover: Cover | null): StoryListItem {
  const s = v.row
  return {
    id: s.id,
    organization: { id: v.org.id, name: v.org.name },
    model: v.model ? { id: v.model.id, title: v.model.title } : null,
    title: s.title, lead: s.lead, byline: s.byline, tags: s.tags, status: s.status as StoryStatus,
    publishedAt: s.publishedAt?.toISOString() ?? null, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
    photoCount, cover,
  }
}

export function presentPhoto(p: StoryPhotoView): StoryPhoto {
  return {
    id: p.id, caption: p.caption, credit: p.credit, position: p.position, fileName: p.fileName,
    mediaType: p.mediaType as StoryPhoto['mediaType'], size: p.size, width: p.width, height: p.height,
  }
}

export function presentDetail(v: StoryView, photos: StoryPhotoView[], actor: Actor): StoryDetail {
  const first = photos[0]
  const write = storyPolicy.write(actor, v.org)
  const status = v.row.status as StoryStatus
  return {
    ...presentStory(v, photos.length, first ? { photoId: first.id, width: first.width, height: first.height } : null),
    body: v.row.body,
    bodyLength: richTextToPlain(v.row.body).length,
    photos: photos.map(presentPhoto),
    abilities: { edit: write, delete: write && status === 'draft', publish: write && status === 'draft', unpublish: write && status === 'published' },
  }
}
