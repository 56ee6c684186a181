// Inspection and supervision ("kiểm tra, giám sát"): each level's yearly programme, the visits it makes (who, which
// unit or person, when, what was checked against a checklist drawn from the year's criteria), the findings — which
// become shortcomings of the inspected unit or person — the conclusions and recommendations, and the inspected unit's
// report back.
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { shortcomings } from '../shortcomings/shortcomings.table.ts'

/** One programme per inspecting level and cycle ("Chương trình kiểm tra, giám sát năm 2026"). */
export const inspectionProgrammes = pgTable(
  'inspection_programmes',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('inspection_programmes_org_cycle_idx').on(t.organizationId, t.cycleId)],
)

export const inspections = pgTable(
  'inspections',
  {
    id: id(),
    /** Null for an unscheduled (đột xuất) visit. */
    programmeId: uuid('programme_id').references(() => inspectionProgrammes.id),
    /** The inspecting level. */
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    kind: text('kind').notNull(),
    /** The inspected unit, and the person when a cadre is inspected. */
    targetOrgId: uuid('target_org_id').notNull().references(() => organizations.id),
    targetPersonId: uuid('target_person_id').references(() => people.id),
    title: text('title').notNull(),
    /** What is checked (nội dung kiểm tra). */
    scope: text('scope').notNull(),
    /** Who inspects (đoàn kiểm tra), as the decision names them. */
    team: text('team').notNull(),
    plannedOn: day('planned_on').notNull(),
    heldOn: day('held_on'),
    status: text('status').notNull().default('planned'),
    conclusion: text('conclusion'),
    recommendations: text('recommendations'),
    /** When the inspected unit must report back on the recommendations. */
    reportDueOn: day('report_due_on'),
    reportBack: text('report_back'),
    reportedBackAt: timestamp('reported_back_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('inspections_org_idx').on(t.organizationId, t.plannedOn),
    index('inspections_target_idx').on(t.targetOrgId, t.plannedOn),
    check('inspections_kind_check', sql`${t.kind} in ('inspection','supervision')`),
    check('inspections_status_check', sql`${t.status} in ('planned','done','cancelled')`),
  ],
)

/** The checklist of a visit, drawn from the year's criteria (or written for it), each point with its result. */
export const inspectionChecks = pgTable(
  'inspection_checks',
  {
    id: id(),
    inspectionId: uuid('inspection_id').notNull().references(() => inspections.id),
    position: integer('position').notNull(),
    /** The rule set's criterion it comes from, when drawn from the year's criteria. */
    criterionKey: text('criterion_key'),
    criterion: text('criterion').notNull(),
    result: text('result'),
    note: text('note'),
  },
  (t) => [
    index('inspection_checks_idx').on(t.inspectionId, t.position),
    check('inspection_checks_result_check', sql`${t.result} is null or ${t.result} in ('met','partly','not_met','not_applicable')`),
  ],
)

/** A finding of a visit; recorded, it becomes a shortcoming of the inspected unit or person. */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: id(),
    inspectionId: uuid('inspection_id').notNull().references(() => inspections.id),
    description: text('description').notNull(),
    severity: text('severity').notNull().default('medium'),
    shortcomingId: uuid('shortcoming_id').references(() => shortcomings.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('inspection_findings_idx').on(t.inspectionId),
    check('inspection_findings_severity_check', sql`${t.severity} in ('low','medium','high')`),
  ],
)
