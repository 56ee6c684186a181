// Where the rubric pages live and who is offered them. Kept apart from the pages so that the area's menu and a
// nomination's review form load none of their code. Every signed-in account may read a rubric; only administrators
// write (the server decides, and each rubric's `abilities` say what this account may do on it).
import type { MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'

/** The rubrics nominations are scored on: "Thang điểm". */
export const RUBRICS_PATH = '/guong-dien-hinh/thang-diem'
export const rubricPath = (id: string) => `${RUBRICS_PATH}/${id}`

/** The roles offered the pages in the menu: those who review nominations, and administrators. */
const MENU_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']

export function canUseRubrics(me: MeResponse): boolean {
  return me.grants.some((g) => MENU_ROLES.includes(g.role))
}

/** New versions are made by administrators (editing and publishing one: its `abilities`). */
export function canManageRubrics(me: MeResponse): boolean {
  return me.grants.some((g) => g.role === 'admin')
}
