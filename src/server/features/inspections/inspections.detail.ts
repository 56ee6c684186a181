// Loading a visit for a route (the caller must read it, then pass the route's rule) and the visit as the API shows it.
import type { InspectionDetail } from '../../../common/contracts/inspections.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { notFound } from '../../lib/errors.ts'
import type { MessageKey } from '../../lib/messages.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { inspectionPolicy, type VisitRefs } from './inspections.policy.ts'
import { presentDetail } from './inspections.present.ts'
import { getInspection, getProgramme, listInspections, type InspectionRow } from './inspections.service.ts'
import { visitChecks, visitFindings } from './inspections.steps.ts'

/**
 * A visit the caller may read, with the inspecting and the inspected unit; outside the reader's reach (and, for the
 * inspected unit, before it is concluded) it does not exist. Then the route's own rule.
 */
export async function loadInspection(db: Db, id: string, actor: Actor, rule: (a: Actor, v: VisitRefs) => boolean, message: MessageKey = 'forbidden') {
  const visit = await getInspection(db, id)
  const inspecting = await getOrganization(db, visit.organizationId)
  const target = await getOrganization(db, visit.targetOrgId)
  const refs = { inspecting, target, status: visit.status }
  if (!inspectionPolicy.read(actor, refs)) throw notFound('inspectionNotFound')
  authorize(actor, rule, refs, message)
  return { visit, inspecting, target }
}

export async function inspectionDetail(db: Db, visit: InspectionRow, actor: Actor): Promise<InspectionDetail> {
  const [listRow] = await listInspections(db, { by: { visitId: visit.id }, cursor: null, limit: 1 })
  if (!listRow) throw notFound('inspectionNotFound')
  const inspecting = await getOrganization(db, visit.organizationId)
  const target = await getOrganization(db, visit.targetOrgId)
  const programme = listRow.row.programmeId ? await getProgramme(db, listRow.row.programmeId) : null
  const checks = await visitChecks(db, visit.id)
  const findings = await visitFindings(db, visit.id)
  return presentDetail({ listRow, programme, inspecting, target, checks, findings }, actor, todayIso())
}
