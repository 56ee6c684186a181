// The remedy of a shortcoming, step by step: remedial actions, progress reports on them (JSON, or a multipart form with
// up to three photos or PDFs as evidence), the closure proposed by the subject (with evidence), verified or refused by
// the raising unit, and reopened when the fix did not hold. Each answers the shortcoming's page as it now stands.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { FEEDBACK_MAX_FILE_BYTES, FEEDBACK_MAX_FILES } from '../../../common/contracts/feedback.attachments.ts'
import { IdParams } from '../../../common/contracts/common.ts'
import { ActionParams, ActionReportBody, AddActionBody, ProposeBody, ReasonBody, ShortcomingDetail, VerifyBody } from '../../../common/contracts/shortcomings.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { readMultipartForm, registerUploads, type UploadLimits } from '../../lib/uploads.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { verifyAttachments } from '../feedback/feedback.attachments.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { cycleOfToday, loadShortcoming, shortcomingPage } from './shortcomings.load.ts'
import { shortcomingPolicy } from './shortcomings.policy.ts'
import { getAction } from './shortcomings.query.ts'
import { addAction, proposeClosure, rejectClosure, reopenShortcoming, reportAction, verifyClosure } from './shortcomings.workflow.ts'

const tags = ['shortcomings']
/** Evidence as for citizens' feedback: three photos or PDFs of 5 MB each; a note of 2,000 characters and a figure. */
const LIMITS: UploadLimits = { maxFiles: FEEDBACK_MAX_FILES, maxFileBytes: FEEDBACK_MAX_FILE_BYTES, maxFields: 6, maxFieldBytes: 16 * 1024 }
const readEvidenceForm = readMultipartForm({
  limits: LIMITS,
  messages: { fileTooLarge: 'feedbackFileTooLarge', tooManyFiles: 'feedbackTooManyFiles', formTooLarge: 'shortcomingFormTooLarge', formInvalid: 'feedbackFormInvalid' },
  // The progress arrives as text: a whole number becomes one (anything else fails validation as it is).
  fieldValue: (name, value) => (name === 'progress' && /^\d{1,3}$/.test(value) ? Number(value) : value),
})

export const shortcomingStepRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database
  const today = () => todayIso(clock())
  await registerUploads(app, LIMITS)

  app.post('/shortcomings/:id/actions', {
    config: { policy: 'shortcomings.addAction' },
    schema: { tags, summary: 'Plan a remedial action: what, the owner unit and person, the due date (the subject or the raising unit)', params: IdParams, body: AddActionBody, response: { 201: ShortcomingDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { view } = await loadShortcoming(db, req.params.id, ctx.actor, shortcomingPolicy.addAction, today())
    const owner = req.body.ownerOrgId ? await getOrganization(db, req.body.ownerOrgId) : null
    await addAction(db, ctx, view, owner, req.body, today())
    return reply.status(201).send(await shortcomingPage(db, view.row.id, ctx.actor, today()))
  })

  app.post('/shortcomings/:id/actions/:actionId/reports', {
    config: { policy: 'shortcomings.report' },
    preValidation: readEvidenceForm,
    schema: { tags, summary: 'Report progress on an action (0–100 %, a note, evidence files); "done" closes it', params: ActionParams, body: ActionReportBody, response: { 200: ShortcomingDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view, ref } = await loadShortcoming(db, req.params.id, ctx.actor, shortcomingPolicy.read, today())
    const action = await getAction(db, view.row.id, req.params.actionId)
    authorize(ctx.actor, shortcomingPolicy.report, { shortcoming: ref, owner: action.owner })
    const files = await verifyAttachments(req.uploads ?? [], false)
    await reportAction(db, ctx, view, action, req.body, files, today())
    return shortcomingPage(db, view.row.id, ctx.actor, today())
  })

  app.post('/shortcomings/:id/propose', {
    config: { policy: 'shortcomings.propose' },
    preValidation: readEvidenceForm,
    schema: { tags, summary: 'The subject proposes the closure: what was done, with evidence files; the raising unit is to verify', params: IdParams, body: ProposeBody, response: { 200: ShortcomingDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadShortcoming(db, req.params.id, ctx.actor, shortcomingPolicy.propose, today())
    const files = await verifyAttachments(req.uploads ?? [], false)
    await proposeClosure(db, ctx, view, req.body.note, files)
    return shortcomingPage(db, view.row.id, ctx.actor, today())
  })

  app.post('/shortcomings/:id/verify', {
    config: { policy: 'shortcomings.verify' },
    schema: { tags, summary: 'The raising unit (or a level above) confirms the fix: fixed in the current cycle', params: IdParams, body: VerifyBody, response: { 200: ShortcomingDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadShortcoming(db, req.params.id, ctx.actor, shortcomingPolicy.verify, today())
    const cycle = await cycleOfToday(db, today())
    await verifyClosure(db, ctx, view, req.body.note, cycle?.id ?? null)
    return shortcomingPage(db, view.row.id, ctx.actor, today())
  })

  app.post('/shortcomings/:id/reject', {
    config: { policy: 'shortcomings.verify' },
    schema: { tags, summary: 'The raising unit refuses the proposed closure, saying why: open again', params: IdParams, body: ReasonBody, response: { 200: ShortcomingDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadShortcoming(db, req.params.id, ctx.actor, shortcomingPolicy.verify, today())
    await rejectClosure(db, ctx, view, req.body.reason)
    return shortcomingPage(db, view.row.id, ctx.actor, today())
  })

  app.post('/shortcomings/:id/reopen', {
    config: { policy: 'shortcomings.verify' },
    schema: { tags, summary: 'The raising unit reopens a fix that did not hold, saying why (counted)', params: IdParams, body: ReasonBody, response: { 200: ShortcomingDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadShortcoming(db, req.params.id, ctx.actor, shortcomingPolicy.verify, today())
    await reopenShortcoming(db, ctx, view, req.body.reason)
    return shortcomingPage(db, view.row.id, ctx.actor, today())
  })
}
