// Shortcomings as the API shows them, with what the caller may do: never table rows. Only names and units of people
// (no birth dates, contacts or ids of accounts).
import type {
  ShortcomingAction, ShortcomingDetail, ShortcomingEvent, ShortcomingEvidence, ShortcomingListItem, ShortcomingSeverity, ShortcomingSource, ShortcomingStatus,
} from '../../../common/contracts/shortcomings.ts'
import type { Actor } from '../../lib/actor.ts'
import { shortcomingPolicy, type ShortcomingRef } from './shortcomings.policy.ts'
import type { ActionView, ShortcomingView, TimelineEntry } from './shortcomings.query.ts'

export function presentShortcoming(v: ShortcomingView, unitNames: Map<string, string>): ShortcomingListItem {
  const s = v.row
  const person = v.person
  return {
    id: s.id,
    subjectKind: person ? 'person' : 'org',
    subject: person ? { id: person.id, name: person.fullName } : { id: v.subjectOrg!.id, name: v.subjectOrg!.name },
    subjectUnit: v.personUnitId ? { id: v.personUnitId, name: unitNames.get(v.personUnitId) ?? '' } : null,
    raisedBy: { id: v.raisedBy.id, name: v.raisedBy.name },
    cycleYear: v.cycleYear, source: s.source as ShortcomingSource, sourceId: s.sourceId, description: s.description,
    severity: s.severity as ShortcomingSeverity, cause: s.cause, dueOn: s.dueOn, status: s.status as ShortcomingStatus, overdue: Boolean(v.overdue),
    proposedAt: s.proposedAt?.toISOString() ?? null, fixedAt: s.fixedAt?.toISOString() ?? null, reopenedCount: s.reopenedCount,
    carriedToPlanItemId: s.carriedToPlanItemId, actionCount: Number(v.actionCount), openActionCount: Number(v.openActionCount), createdAt: s.createdAt.toISOString(),
  }
}

function presentAction(a: ActionView, ref: ShortcomingRef, open: boolean, actor: Actor, today: string): ShortcomingAction {
  const r = a.row
  return {
    id: r.id, content: r.content, owner: a.owner ? { id: a.owner.id, name: a.owner.name } : null, ownerName: r.ownerName, dueOn: r.dueOn,
    status: r.status as ShortcomingAction['status'], progress: r.progress, doneOn: r.doneOn, overdue: open && r.status === 'open' && r.dueOn < today,
    abilities: { report: open && r.status === 'open' && shortcomingPolicy.report(actor, { shortcoming: ref, owner: a.owner }) },
  }
}

function presentEvent(e: TimelineEntry): ShortcomingEvent {
  return {
    id: e.row.id, kind: e.row.kind, actionId: e.row.actionId, progress: e.row.progress, note: e.row.note, by: e.by, at: e.row.at.toISOString(),
    evidence: e.evidence.map((f) => ({ id: f.id, fileName: f.fileName, mediaType: f.mediaType as ShortcomingEvidence['mediaType'], size: f.size, width: f.width, height: f.height })),
  }
}

export interface DetailParts {
  view: ShortcomingView
  ref: ShortcomingRef
  actions: ActionView[]
  timeline: TimelineEntry[]
  unitNames: Map<string, string>
  feedbackCase: { id: string; reference: string } | null
}

export function presentDetail({ view, ref, actions, timeline, unitNames, feedbackCase }: DetailParts, actor: Actor, today: string): ShortcomingDetail {
  const item = presentShortcoming(view, unitNames)
  const open = item.status !== 'fixed'
  const events = timeline.map(presentEvent)
  // Rows written before the timeline existed (or by bulk loads) still open with the step that named them.
  if (!events.some((e) => e.kind === 'raised')) {
    events.unshift({ id: view.row.id, kind: 'raised', actionId: null, progress: null, note: null, by: null, at: item.createdAt, evidence: [] })
  }
  return {
    ...item,
    actions: actions.map((a) => presentAction(a, ref, open, actor, today)),
    timeline: events,
    feedbackCase,
    abilities: {
      addAction: open && shortcomingPolicy.addAction(actor, ref),
      propose: item.status === 'open' && shortcomingPolicy.propose(actor, ref),
      verify: item.status === 'proposed' && shortcomingPolicy.verify(actor, ref),
      reopen: item.status === 'fixed' && shortcomingPolicy.verify(actor, ref),
    },
  }
}
