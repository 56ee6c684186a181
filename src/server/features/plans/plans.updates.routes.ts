// Progress updates over the API: JSON, or multipart/form-data with up to three evidence files (each verified by its
// content, photos re-encoded without metadata, PDFs screened), and the evidence served to the plan's readers with the
// same safe headers as citizens' attachments.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { FEEDBACK_ATTACHMENT_TYPES, FEEDBACK_MAX_FILE_BYTES, FEEDBACK_MAX_FILES } from '../../../common/contracts/feedback.attachments.ts'
import { PlanItemDetail, PlanUpdateBody } from '../../../common/contracts/plans.ts'
import { todayIso } from '../../../common/dates.ts'
import { systemClock } from '../../lib/clock.ts'
import { privateNoStore, sendStoredFile } from '../../lib/download.ts'
import { readMultipartForm, registerUploads, type UploadLimits } from '../../lib/uploads.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { verifyAttachments } from '../feedback/feedback.attachments.ts'
import { itemDetail } from './plans.board.ts'
import { loadItem, type PlanRouteOptions } from './plans.load.ts'
import { planPolicy } from './plans.policy.ts'
import { getItem } from './plans.service.ts'
import { getEvidence, reportProgress } from './plans.updates.ts'

const tags = ['plans']
const Params = z.strictObject({ id: z.uuid() })
const EvidenceFile = {
  description: 'Ảnh (JPEG, PNG, WebP) hoặc tài liệu PDF',
  content: Object.fromEntries(FEEDBACK_ATTACHMENT_TYPES.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
}
/** Three files of 5 MB, as with citizens' feedback; the note is at most 2,000 characters. */
const LIMITS: UploadLimits = { maxFiles: FEEDBACK_MAX_FILES, maxFileBytes: FEEDBACK_MAX_FILE_BYTES, maxFields: 8, maxFieldBytes: 16 * 1024 }
const readForm = readMultipartForm({
  limits: LIMITS,
  messages: { fileTooLarge: 'feedbackFileTooLarge', tooManyFiles: 'feedbackTooManyFiles', formTooLarge: 'planFormTooLarge', formInvalid: 'feedbackFormInvalid' },
  // The percentage arrives as text: whole numbers become numbers, anything else fails the schema.
  fieldValue: (name, value) => (name === 'progress' && /^\d{1,3}$/.test(value) ? Number(value) : value),
})

export const planUpdateRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, { database, clock = systemClock }) => {
  const { db } = database
  await registerUploads(app, LIMITS)

  app.post('/plan-items/:id/updates', {
    config: { policy: 'plans.report' },
    preValidation: readForm,
    schema: {
      tags, summary: 'Report progress (a dated update, never overwritten): percentage, status, note, the period it reports for, evidence files',
      params: Params, body: PlanUpdateBody, response: { 201: PlanItemDetail },
    },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const view = await loadItem(database, req.params.id, ctx.actor, planPolicy.report)
    const files = await verifyAttachments(req.uploads ?? [], false)
    await reportProgress(db, ctx, view, req.body, files, clock())
    return reply.status(201).send(await itemDetail(db, await getItem(db, view.row.id), ctx.actor, todayIso(clock())))
  })

  app.get('/plan-evidence/:id', {
    config: { policy: 'plans.read' },
    onSend: privateNoStore,
    schema: { tags, summary: "An evidence file, for the readers of the item's plan", params: Params, response: { 200: EvidenceFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const file = await getEvidence(db, req.params.id)
    await loadItem(database, file.itemId, actor, planPolicy.readItem)
    return sendStoredFile(reply, file)
  })
}
