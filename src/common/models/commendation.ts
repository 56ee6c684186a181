// Which form of commendation a level may give (Luật Thi đua, khen thưởng; the Party's practice): bằng khen by the
// province, giấy khen by a commune, ward, agency or grassroots unit; a cell gives none. Shared by the server's rule and
// the web's form (no zod here: the menu loads it).
import type { CommendationForm } from '../contracts/models.base.ts'
import type { OrgKind } from '../contracts/enums.ts'

export function commendationFormsFor(kind: OrgKind): CommendationForm[] {
  if (kind === 'province') return ['diploma']
  if (kind === 'cell') return []
  return ['certificate']
}
