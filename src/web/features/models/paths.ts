// Where the model pages live and who is offered them. Kept apart from the pages so that the menu and other pages
// (nominations, stories) load none of their code. The server decides every read and every step (a 403 shows as an
// error); per-model `abilities` say what each account may do on a model's page.
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

/** The models over my units: "Gương điển hình" (`?org=&kind=&area=&movement=&state=&q=`). */
export const MODELS_PATH = '/guong-dien-hinh'
/** The emulation movements: "Phong trào thi đua". */
export const MOVEMENTS_PATH = '/guong-dien-hinh/phong-trao'
export const modelPath = (id: string) => `${MODELS_PATH}/${id}`

/** The roles that read models (the server's models policy: list/read). */
export const MODEL_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']
/** The roles that record models and movements, and adoptions for their units (the server checks the unit). */
export const MODEL_MANAGE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']


export function canUseModels(me: MeResponse): boolean {
  return me.grants.some((g) => MODEL_ROLES.includes(g.role))
}

export function canManageModels(me: MeResponse): boolean {
  return me.grants.some((g) => MODEL_MANAGE_ROLES.includes(g.role))
}

/** The default unit of the list: my highest unit among the grants that read models. */
export function defaultModelUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, MODEL_ROLES)
}

/** The units I may record an adoption for (the server also accepts units below them). */
export function adoptingUnits(grants: readonly GrantView[]): GrantView['organization'][] {
  const seen = new Map<string, GrantView['organization']>()
  for (const g of grants) if (MODEL_MANAGE_ROLES.includes(g.role) && g.role !== 'admin') seen.set(g.organization.id, g.organization)
  return [...seen.values()]
}

/** A photo or evidence file of a model (cookie session); `thumb`: the small WebP copy of a photo. */
export const modelFileUrl = (modelId: string, fileId: string, thumb = false) => `/api/v1/models/${modelId}/files/${fileId}${thumb ? '?size=thumb' : ''}`
