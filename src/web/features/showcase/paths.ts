// Where the showcase pages live and who is offered the moderation of citizens' suggestions. Kept apart from the pages
// so that linking to them (sign-in page, menu, other public layouts) loads none of their code.
import type { MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'

/** Public pages (no account). */
export const SHOWCASE_PATH = '/cong-khai/guong-dien-hinh'
export const SUGGEST_MODEL_PATH = '/cong-khai/guong-dien-hinh/gioi-thieu'
export const showcaseModelPath = (id: string) => `${SHOWCASE_PATH}/${id}`
/** Published stories (the stories feature's public pages, in the same layout). */
export { PUBLIC_STORIES_PATH, publicStoryPath } from '../stories/paths.ts'

/** Moderation of citizens' suggestions (signed in). */
export const SUGGESTIONS_PATH = '/guong-dien-hinh/goi-y'
/** A model's own page inside the app (the models feature). */
export { modelPath as internalModelPath } from '../models/paths.ts'

/** The roles that moderate suggestions (the server's showcase policy; it checks the commune). */
const MODERATE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']

export function canModerateSuggestions(me: MeResponse): boolean {
  return me.grants.some((g) => MODERATE_ROLES.includes(g.role))
}

/** "unit · commune", the commune left out when the unit is the commune itself (or none is known). */
export function placeLine(unit: string, commune: string | null | undefined): string {
  return commune && commune !== unit ? `${unit} · ${commune}` : unit
}
