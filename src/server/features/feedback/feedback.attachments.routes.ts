// The bytes of a case's photos and documents: for the units that may read the case (the case page's own policy), and
// for the sender holding the tracking code (their own case's files only, never those of a case theirs was merged
// into). Served so that a browser never runs them: the stored type, nosniff, a CSP that allows nothing, no caching.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AttachmentParams, FEEDBACK_ATTACHMENT_TYPES, PublicAttachmentParams } from '../../../common/contracts/feedback.attachments.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { privateNoStore, sendStoredFile as send } from '../../lib/download.ts'
import { notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { caseAttachment } from './feedback.attachments.ts'
import { feedbackPolicy } from './feedback.policy.ts'
import { caseByCode, getCase } from './feedback.service.ts'

const AttachmentFile = {
  description: 'Ảnh (JPEG, PNG, WebP) hoặc tài liệu PDF',
  content: Object.fromEntries(FEEDBACK_ATTACHMENT_TYPES.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
}
/** As the public lookup by code: the code must not be guessable through this route either. */
const publicLimit = { max: 30, timeWindow: '1 minute' }

export const feedbackAttachmentRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/feedback/:id/attachments/:attachmentId', {
    config: { policy: 'feedback.read' },
    onSend: privateNoStore,
    schema: { tags: ['feedback'], summary: "A photo or document of a case, for the units that may read the case", params: AttachmentParams, response: { 200: AttachmentFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const c = await getCase(db, req.params.id)
    const handler = await getOrganization(db, c.handlerId)
    // Outside the reader's reach a case does not exist (as on the case page).
    if (!feedbackPolicy.read(actor, handler)) throw notFound('feedbackNotFound')
    authorize(actor, feedbackPolicy.read, handler)
    return send(reply, await caseAttachment(db, c.id, req.params.attachmentId))
  })

  app.get('/public/feedback/:code/attachments/:attachmentId', {
    config: { policy: 'public', rateLimit: publicLimit },
    onSend: privateNoStore,
    schema: { tags: ['feedback (public)'], summary: 'A photo or document the sender attached, by the tracking code', params: PublicAttachmentParams, response: { 200: AttachmentFile } },
  }, async (req, reply) => {
    const own = await caseByCode(db, req.params.code)
    return send(reply, await caseAttachment(db, own.id, req.params.attachmentId))
  })
}
