// Where the nomination pages live and who is offered them. Kept apart from the pages so that menus and other pages (a
// model's page) load none of their code. The server decides every read and every step (a 403 shows as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import type { CommendationForm } from '../../../common/contracts/models.base.ts'
import type { NominationBox } from '../../../common/contracts/nominations.ts'
import { commendationFormsFor } from '../../../common/models/commendation.ts'
import { highestUnit, KIND_LEVEL } from '../../components/grants.ts'

/** The inbox: "Đề cử khen thưởng" (`?box=at|sent|all&year=&status=`). */
export const NOMINATIONS_PATH = '/guong-dien-hinh/de-cu'
export const nominationPath = (id: string) => `${NOMINATIONS_PATH}/${id}`
/** Commendation decisions (`?org=&year=`; `&issue=<level>&nomination=<id>` opens a decision with it chosen). */
export const COMMENDATIONS_PATH = '/guong-dien-hinh/khen-thuong'
/** Recognitions from the ratings (`?org=&year=`). */
export const RECOGNITIONS_PATH = '/guong-dien-hinh/ghi-nhan'
/** A model's own page (the models feature's). */
export { modelPath as modelPagePath } from '../models/paths.ts'

/** The roles that read nominations (the server's policy: office, secretary, leader, inspector; admin). */
export const NOMINATION_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']
/** The roles that issue decisions at a level they hold. */
const ISSUE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']


export const BOXES: readonly NominationBox[] = ['at', 'sent', 'all']

export function canUseNominations(me: MeResponse): boolean {
  return me.grants.some((g) => NOMINATION_ROLES.includes(g.role))
}

/** My highest unit among the grants that read nominations: the default of the decisions and recognitions. */
export function defaultNominationUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, NOMINATION_ROLES)
}

/** The levels I may issue decisions as, highest first, with the forms each may give (cells give none). */
export function issuingUnits(grants: readonly GrantView[]): { org: GrantView['organization']; forms: CommendationForm[] }[] {
  const seen = new Set<string>()
  return grants
    .filter((g) => ISSUE_ROLES.includes(g.role) && commendationFormsFor(g.organization.kind).length > 0)
    .sort((a, b) => KIND_LEVEL[a.organization.kind] - KIND_LEVEL[b.organization.kind])
    .filter((g) => !seen.has(g.organization.id) && Boolean(seen.add(g.organization.id)))
    .map((g) => ({ org: g.organization, forms: commendationFormsFor(g.organization.kind) }))
}

/** A year from the address: four digits in the server's range, else none. */
export function yearParam(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= 2000 && year <= 2200 ? year : null
}

/** The years offered in the selectors: next year back to five years ago, and the one chosen (from the address) if it is not among them. */
export function yearChoices(thisYear: number, chosen: number | null = null): number[] {
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i)
  return chosen !== null && !years.includes(chosen) ? [...years, chosen].sort((a, b) => b - a) : years
}

/** The decision as Word (same origin, the session cookie). */
export const commendationDocxUrl = (id: string) => `/api/v1/commendations/${id}/document.docx`
/** The decision's certificates to print, giấy khen or bằng khen, one landscape page each (same origin, the session cookie). */
export const certificatesDocxUrl = (id: string) => `/api/v1/commendations/${id}/certificates.docx`

/** The recognitions as Excel (same origin, the session cookie). */
export const recognitionsXlsxUrl = (org: string, year: number) => `/api/v1/recognitions.xlsx?${new URLSearchParams({ org, year: String(year) }).toString()}`

/** The decisions page opened on a level, with a nomination chosen for a new decision. */
export function issuePath(levelId: string, nominationId: string, year: number): string {
  return `${COMMENDATIONS_PATH}?${new URLSearchParams({ org: levelId, year: String(year), issue: levelId, nomination: nominationId }).toString()}`
}
