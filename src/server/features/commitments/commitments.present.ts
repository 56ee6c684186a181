import type { Commitment, CommitmentArea, CommitmentStatus } from '../../../common/contracts/commitments.ts'
import type { RatingLevel, SubjectGroup } from '../../../common/contracts/rules.ts'
import type { Actor } from '../../lib/actor.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { commitmentAbilities } from './commitments.policy.ts'
import type { CommitmentRow, loadDetails } from './commitments.service.ts'

type Details = Awaited<ReturnType<typeof loadDetails>>

export function presentCommitment(c: CommitmentRow, cycle: CycleRow, d: Details, actor: Actor): Commitment {
  return {
    id: c.id,
    cycle: { id: cycle.id, year: cycle.year, themeTitle: cycle.themeTitle, status: cycle.status },
    person: { id: d.person.id, fullName: d.person.fullName, birthDate: d.person.birthDate, position: d.person.position },
    organization: { id: d.org.id, name: d.org.name },
    subjectGroup: c.subjectGroup as SubjectGroup,
    status: c.status as CommitmentStatus,
    items: d.items.map((i) => ({
      id: i.id, area: i.area as CommitmentArea, content: i.content, target: i.target, deadline: i.deadline, carriedOver: i.carriedOver, shortcomingId: i.shortcomingId,
      midyearPercent: i.midyearPercent, midyearNote: i.midyearNote, result: i.result as Commitment['items'][number]['result'], resultNote: i.resultNote,
    })),
    selfAssessment: c.selfAssessedAt && c.selfLevel
      ? { scores: c.selfScores ?? {}, total: Number(c.selfTotal), level: c.selfLevel as RatingLevel, conditions: c.selfConditions ?? [], at: c.selfAssessedAt.toISOString() }
      : null,
    history: d.history.map((h) => ({ kind: h.kind as Commitment['history'][number]['kind'], comment: h.comment, actor: h.actor, at: h.at.toISOString() })),
    abilities: commitmentAbilities(actor, { personId: c.personId, organization: d.org, status: c.status }, cycle.status),
  }
}
