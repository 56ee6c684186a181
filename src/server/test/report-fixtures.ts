// Test data for the documents: a cell whose members were reviewed and decided (one excellent, the rest good), with a
// cell secretary and a grassroots secretary placed to sign.
import type { Db } from '../db/client.ts'
import { systemCtx } from '../lib/actor.ts'
import { assessedMembers } from './evaluation-fixtures.ts'
import type { Tree } from './factories.ts'
import { getCommitment } from '../features/commitments/commitments.service.ts'
import { getOrganization, type OrgRow } from '../features/organizations/organizations.service.ts'
import { createPerson } from '../features/people/people.service.ts'
import { decide, recordReview } from '../features/evaluations/evaluations.service.ts'

const ctx = systemCtx('test:reports')

export async function placeSigner(db: Db, org: OrgRow, fullName: string, position: string) {
  return createPerson({ db, ctx, org, input: { fullName, placement: { position, leadershipTier: 'cell', isPrimary: true, fromDate: '2024-01-01' } } })
}

/** `n` members of tree.cellA1 reviewed and decided: the first excellent, the others good. */
export async function decidedCell(db: Db, tree: Tree, n = 6) {
  const { cycle, members } = await assessedMembers(db, tree, tree.cellA1, n)
  const unit = await getOrganization(db, tree.cellA1.id)
  const evaluations = []
  for (const [i, m] of members.entries()) {
    const commitment = await getCommitment(db, m.commitmentId)
    const input = { reviewDate: `${cycle.year}-12-01`, attendancePresent: 7, attendanceTotal: 7, votes: { excellent: 0, good: 7, complete: 0, incomplete: 0 }, proposedLevel: i === 0 ? 'excellent' as const : 'good' as const }
    evaluations.push({ evaluation: await recordReview({ db, ctx, commitment, cycle, unit, input }), commitment })
  }
  for (const { evaluation, commitment } of [...evaluations.slice(1), evaluations[0]]) {
    await decide({ db, ctx, evaluation, commitment, cycle, input: { level: evaluation.proposedLevel === 'excellent' ? 'excellent' : 'good' } })
  }
  const cellSecretary = await placeSigner(db, tree.cellA1, 'Trần Thị Bích', 'Bí thư chi bộ')
  const grassrootsSecretary = await placeSigner(db, tree.schoolA, 'Hoàng Văn Sơn', 'Bí thư Đảng ủy')
  return { cycle, members, cellSecretary, grassrootsSecretary }
}
