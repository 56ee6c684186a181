// Where the story pages live, who is offered them, and where a story's photos are read from. Kept apart from the
// pages so that the menu, a model's page and the public layout load none of their code. The server decides every
// read and every change (a 403 shows as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

/** Stories over my units: "Bài viết tuyên truyền". */
export const STORIES_PATH = '/guong-dien-hinh/bai-viet'
export const storyPath = (id: string) => `${STORIES_PATH}/${id}`
/** Published stories, without an account (in the showcase's public layout). */
export const PUBLIC_STORIES_PATH = '/cong-khai/bai-viet'
export const publicStoryPath = (id: string) => `${PUBLIC_STORIES_PATH}/${id}`

/** The roles that read stories, and those that write them (the server's stories policy). */
const READ_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']
const WRITE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']


export const canUseStories = (me: MeResponse) => me.grants.some((g) => READ_ROLES.includes(g.role))
export const canWriteStories = (me: MeResponse) => me.grants.some((g) => WRITE_ROLES.includes(g.role))

/** My highest unit among the grants with these roles (the list's default, the new story's default unit). */
export function defaultStoryUnit(grants: readonly GrantView[], write = false): GrantView['organization'] | null {
  return highestUnit(grants, write ? WRITE_ROLES : READ_ROLES)
}

/** A photo of a story (or its thumbnail), for those who may read the story (cookie session). */
export const storyPhotoUrl = (storyId: string, photoId: string, thumb = false) => `/api/v1/stories/${storyId}/photos/${photoId}${thumb ? '?size=thumb' : ''}`
/** A photo of a published story, for anyone (cached by the browser). */
export const publicStoryPhotoUrl = (storyId: string, photoId: string, thumb = false) => `/api/v1/public/stories/${storyId}/photos/${photoId}${thumb ? '?size=thumb' : ''}`
/** The story as a Word file for the press. */
export const storyDocxUrl = (storyId: string) => `/api/v1/stories/${storyId}/document.docx`
