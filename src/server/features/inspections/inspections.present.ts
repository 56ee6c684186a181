// Programmes and visits as the API shows them, with what the caller may do to each: never table rows.
import type { CheckResult, InspectionCheck, InspectionDetail, InspectionFinding, InspectionKind, InspectionListItem, InspectionProgramme, InspectionStatus } from '../../../common/contracts/inspections.ts'
import type { ShortcomingSeverity } from '../../../common/contracts/shortcomings.ts'
import type { Actor } from '../../lib/actor.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { inspectionPolicy } from './inspections.policy.ts'
import type { InspectionRow, ProgrammeRow, VisitListRow } from './inspections.service.ts'
import type { inspectionChecks, inspectionFindings } from './inspections.table.ts'

type CheckRow = typeof inspectionChecks.$inferSelect
type FindingRow = typeof inspectionFindings.$inferSelect

export function presentProgramme(p: ProgrammeRow, org: { id: string; name: string }, year: number): InspectionProgramme {
  return { id: p.id, organization: { id: org.id, name: org.name }, year, title: p.title, documentNumber: p.documentNumber }
}

/** Concluded, a report back due before today and not made. */
export const reportOverdue = (v: InspectionRow, today: string) => v.status === 'done' && !v.reportedBackAt && !!v.reportDueOn && v.reportDueOn < today

export function presentListItem(r: VisitListRow, today: string): InspectionListItem {
  const v = r.row
  return {
    id: v.id, programmeId: v.programmeId, organization: { id: v.organizationId, name: r.orgName }, year: r.year, kind: v.kind as InspectionKind,
    target: { id: v.targetOrgId, name: r.targetName }, targetPerson: v.targetPersonId && r.personName ? { id: v.targetPersonId, fullName: r.personName } : null,
    title: v.title, plannedOn: v.plannedOn, heldOn: v.heldOn, status: v.status as InspectionStatus, reportDueOn: v.reportDueOn,
    reportedBackAt: v.reportedBackAt?.toISOString() ?? null, reportOverdue: reportOverdue(v, today), findingCount: Number(r.findingCount),
  }
}

const presentCheck = (c: CheckRow): InspectionCheck => ({
  id: c.id, position: c.position, criterionKey: c.criterionKey, criterion: c.criterion, result: c.result as CheckResult | null, note: c.note,
})

const presentFinding = (f: FindingRow): InspectionFinding => ({
  id: f.id, description: f.description, severity: f.severity as ShortcomingSeverity, shortcomingId: f.shortcomingId,
})

export interface DetailParts {
  listRow: VisitListRow
  programme: ProgrammeRow | null
  inspecting: OrgRow
  target: OrgRow
  checks: CheckRow[]
  findings: FindingRow[]
}

export function presentDetail(d: DetailParts, actor: Actor, today: string): InspectionDetail {
  const v = d.listRow.row
  const refs = { inspecting: d.inspecting, target: d.target, status: v.status }
  const manage = inspectionPolicy.manageVisit(actor, refs)
  const planned = v.status === 'planned'
  return {
    ...presentListItem(d.listRow, today),
    programme: d.programme ? { id: d.programme.id, title: d.programme.title, documentNumber: d.programme.documentNumber } : null,
    scope: v.scope, team: v.team,
    conclusion: v.status === 'done' ? v.conclusion : null,
    recommendations: v.recommendations,
    cancelReason: v.status === 'cancelled' ? v.conclusion : null,
    reportBack: v.reportBack,
    checks: d.checks.map(presentCheck),
    findings: d.findings.map(presentFinding),
    abilities: {
      edit: manage && planned, cancel: manage && planned, conclude: manage && planned,
      reportBack: v.status === 'done' && !v.reportedBackAt && inspectionPolicy.reportBack(actor, refs),
    },
  }
}
