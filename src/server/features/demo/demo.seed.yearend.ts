// Writes the demo year's end: self-assessments onto the commitments (before they are inserted), then the cells'
// reviews, the decisions, the shortcomings named and the cells' own ratings. One cell — the demo secretary's — is left
// to review, and its deciding organization left to decide, so the demo accounts have the year-end work to try.
import type { SubjectGroup } from '../../../common/contracts/rules.ts'
import { insertChunks } from '../../db/chunks.ts'
import type { Tx } from '../../db/client.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { evaluations, organizationEvaluations } from '../evaluations/evaluations.table.ts'
import { getRuleSet } from '../rules/rules.service.ts'
import { shortcomings } from '../shortcomings/shortcomings.table.ts'
import type { generateDemoProvince } from './demo.generate.ts'
import { generateYearEnd } from './demo.yearend.ts'

interface SeedRow {
  row: { id: string; personId: string; organizationId: string; subjectGroup: string; status?: string; [k: string]: unknown }
  cellCode: string
  itemRows: { result: string | null }[]
}


export async function seedYearEndResults(tx: Tx, cycle: CycleRow, province: ReturnType<typeof generateDemoProvince>, rows: SeedRow[], orgIds: Map<string, string>, open: { cellCode: string }) {
  const { content } = await getRuleSet(tx, cycle.ruleSetId)
  const orgs = new Map(province.organizations.map((o) => [o.code, o]))
  // The deciding scope, as quotaScopeFor finds it: the nearest grassroots organization, else commune, ward or agency.
  const scopeOf = (code: string) => {
    const chain: string[] = []
    for (let c: string | null = code; c; c = orgs.get(c)!.parentCode) chain.push(c)
    return chain.find((c) => orgs.get(c)!.kind === 'grassroots') ?? chain.find((c) => ['commune', 'ward', 'agency'].includes(orgs.get(c)!.kind)) ?? chain[chain.length - 1]
  }
  const approved = rows.filter((r) => r.row.status === 'approved')
  const scopeCode = new Map(approved.map((r) => [r.cellCode, scopeOf(r.cellCode)]))
  const { selfAssessments, reviews, decisions, cellRatings } = generateYearEnd(
    approved.map((r) => ({ key: r.row.id, group: r.row.subjectGroup as SubjectGroup, items: r.itemRows.length, cellCode: r.cellCode, scopeCode: scopeCode.get(r.cellCode)! })),
    content,
  )
  const openScope = scopeOf(open.cellCode)
  const at = (day: number, hour = 2) => new Date(Date.UTC(cycle.year, 10, day, hour))

  for (const r of approved) {
    const self = selfAssessments.get(r.row.id)
    if (!self) continue
    Object.assign(r.row, { selfScores: self.scores, selfTotal: self.total, selfLevel: self.level, selfConditions: self.conditions, selfAssessedAt: at(10 + (r.row.id.charCodeAt(0) % 8)) })
    r.itemRows.forEach((item, i) => { item.result = self.results[i] })
  }

  return {
    async insert() {
      const evaluationRows = approved.flatMap((r) => {
        const review = reviews.get(r.row.id)
        if (!review || r.cellCode === open.cellCode) return []
        const scope = scopeCode.get(r.cellCode)!
        const level = scope === openScope ? undefined : decisions.get(r.row.id)
        return [{
          id: crypto.randomUUID(), cycleId: cycle.id, personId: r.row.personId, commitmentId: r.row.id, organizationId: r.row.organizationId, quotaScopeId: orgIds.get(scope)!,
          reviewDate: `${cycle.year}-11-20`, attendancePresent: review.attendancePresent, attendanceTotal: review.attendanceTotal, votes: review.votes,
          proposedLevel: review.proposedLevel, comment: review.comment, status: level ? 'decided' : 'proposed',
          decidedLevel: level ?? null, decidedScore: level ? selfAssessments.get(r.row.id)!.total : null, decidedAt: level ? at(25) : null,
          createdAt: at(20), updatedAt: level ? at(25) : at(20), shortcomings: review.shortcomings,
        }]
      })
      await insertChunks(evaluationRows.map(({ shortcomings: _s, ...e }) => e), (chunk) => tx.insert(evaluations).values(chunk))
      const named = evaluationRows.flatMap((e) => e.shortcomings.map((description) => ({
        personId: e.personId, organizationId: e.organizationId, cycleId: cycle.id, source: 'review', sourceId: e.id, description, createdAt: at(20),
      })))
      await insertChunks(named, (chunk) => tx.insert(shortcomings).values(chunk))
      const collective = cellRatings.filter((c) => c.cellCode !== open.cellCode && orgs.get(c.cellCode)!.kind === 'cell').map((c) => {
        const decided = c.decided && scopeCode.get(c.cellCode) !== openScope
        return {
          cycleId: cycle.id, organizationId: orgIds.get(c.cellCode)!, decidingOrganizationId: orgIds.get(orgs.get(c.cellCode)!.parentCode!)!,
          selfScores: c.scores, selfTotal: c.total, proposedLevel: c.level, selfConditions: c.conditions,
          report: 'Chi bộ lãnh đạo đảng viên hoàn thành nhiệm vụ năm; duy trì sinh hoạt định kỳ và chuyên đề; còn hạn chế trong việc đổi mới nội dung sinh hoạt.',
          proposedAt: at(21), status: decided ? 'decided' : 'proposed', decidedLevel: decided ? c.level : null, decidedScore: decided ? c.total : null, decidedAt: decided ? at(26) : null,
        }
      })
      await insertChunks(collective, (chunk) => tx.insert(organizationEvaluations).values(chunk))
    },
  }
}
