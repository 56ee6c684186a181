// Nominations as the API shows them, with what the caller may do: never table rows. Reviews (scores, comments, conflict
// declarations) only to the staff of their level and the levels above it; the nominating unit sees the reasons of
// returns and declines in the history, not the reviewers' comments.
import type { CommendationForm, ModelArea, ModelKind, NominationProposer, NominationStatus } from '../../../common/contracts/models.base.ts'
import {
  commendationFormsFor, type NominationDetail, type NominationEvent, type NominationLevelReviews, type NominationListItem,
} from '../../../common/contracts/nominations.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { criteriaOf, type RubricRow } from '../rubrics/rubrics.query.ts'
import { conflictOf, nominationPolicy, type NominationRef } from './nominations.policy.ts'
import type { HistoryEntry, NominationView, ReviewEntry } from './nominations.query.ts'

const ref = (o: { id: string; name: string }) => ({ id: o.id, name: o.name })

export function presentNomination(v: NominationView): NominationListItem {
  const n = v.row
  return {
    id: n.id, year: n.year, status: n.status as NominationStatus, statusNote: n.statusNote,
    model: { id: v.model.id, title: v.model.title, kind: v.model.kind as ModelKind, area: v.model.area as ModelArea, unit: ref(v.modelUnit), personName: v.personName },
    nominatedBy: ref(v.nominatedBy), at: ref(v.at), proposer: n.proposer as NominationProposer, proposerName: n.proposerName,
    commendation: v.commendation ? { ...v.commendation, form: v.commendation.form as CommendationForm } : null,
    createdAt: n.createdAt.toISOString(), updatedAt: n.updatedAt.toISOString(),
  }
}

/** Averages to one decimal; null without any score. */
export function averageOf(totals: readonly number[]): number | null {
  return totals.length ? Math.round((10 * totals.reduce((a, b) => a + b, 0)) / totals.length) / 10 : null
}

function presentLevels(reviews: ReviewEntry[], actor: Actor): NominationLevelReviews[] {
  const levels: NominationLevelReviews[] = []
  for (const r of reviews) {
    if (!nominationPolicy.seeReviews(actor, r.level)) continue
    let level = levels.find((l) => l.level.id === r.level.id)
    if (!level) levels.push((level = { level: ref(r.level), reviews: [], average: null }))
    level.reviews.push({
      id: r.row.id, reviewer: r.reviewer, mine: r.row.reviewerAccountId === actor.accountId, conflict: r.row.conflict, conflictNote: r.row.conflictNote,
      scores: r.row.scores, total: r.row.total, comment: r.row.comment, updatedAt: r.row.updatedAt.toISOString(),
    })
  }
  for (const l of levels) l.average = averageOf(l.reviews.filter((r) => !r.conflict && r.total !== null).map((r) => r.total!))
  return levels
}

/** Conflict declarations show only where the reviews of their level show; reviews carry no note into the history. */
function presentHistory(history: HistoryEntry[], actor: Actor): NominationEvent[] {
  return history
    .filter((e) => e.row.kind !== 'conflict_declared' || (e.from !== null && nominationPolicy.seeReviews(actor, e.from)))
    .map((e) => ({
      id: e.row.id, kind: e.row.kind, from: e.from ? ref(e.from) : null, to: e.to ? ref(e.to) : null,
      note: e.row.kind === 'reviewed' || e.row.kind === 'conflict_declared' ? null : e.row.note, by: e.by, at: e.row.at.toISOString(),
    }))
}

export function abilitiesOf(view: NominationView, nref: NominationRef, actor: Actor): NominationDetail['abilities'] {
  const status = view.row.status
  const inReview = status === 'in_review'
  const free = conflictOf(actor, nref) === null
  const step = inReview && free && nominationPolicy.step(actor, nref)
  return {
    review: inReview && free && actor.accountId !== null && nominationPolicy.review(actor, nref),
    forward: step && view.at.parentId !== null,
    return: step,
    decline: step,
    resubmit: status === 'returned' && nominationPolicy.nominatingSide(actor, nref),
    withdraw: (inReview || status === 'returned') && nominationPolicy.nominatingSide(actor, nref),
    commend: inReview && free && nominationPolicy.issue(actor, view.at) && commendationFormsFor(view.at.kind as OrgKind).length > 0,
  }
}

export interface DetailParts {
  view: NominationView
  ref: NominationRef
  history: HistoryEntry[]
  reviews: ReviewEntry[]
  rubric: RubricRow
}

export function presentDetail({ view, ref: nref, history, reviews, rubric }: DetailParts, actor: Actor): NominationDetail {
  const levels = presentLevels(reviews, actor)
  return {
    ...presentNomination(view),
    reason: view.row.reason,
    model: { ...presentNomination(view).model, summary: view.model.summary },
    history: presentHistory(history, actor),
    rubric: { id: rubric.id, name: rubric.name, criteria: criteriaOf(rubric, view.model.area as ModelArea) },
    reviews: levels,
    averageAtLevel: levels.find((l) => l.level.id === view.at.id)?.average ?? null,
    conflict: conflictOf(actor, nref),
    abilities: abilitiesOf(view, nref, actor),
  }
}
