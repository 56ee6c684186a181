// /api/v1/dialogues/:id/questions: the questions raised at a session, with the answer given there; a question can be
// taken in as a citizens' feedback case (channel 'dialogue'), whose tracking code is answered once.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { DialogueQuestion, QuestionBody, TakeInBody, TakeInReceipt } from '../../../common/contracts/dialogues.ts'
import type { Database } from '../../db/client.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { formatTrackingCode } from '../feedback/feedback.codes.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { loadSession } from './dialogues.detail.ts'
import { dialoguePolicy } from './dialogues.policy.ts'
import { presentQuestion } from './dialogues.present.ts'
import { addQuestion, deleteQuestion, getQuestion, takeInQuestion, updateQuestion } from './dialogues.service.ts'

const tags = ['dialogues']
const Params = z.strictObject({ id: z.uuid() })
const QuestionParams = z.strictObject({ id: z.uuid(), questionId: z.uuid() })

export const dialogueQuestionRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.post('/dialogues/:id/questions', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: 'Record a question raised (or registered in advance), with the answer given at the session', params: Params, body: QuestionBody, response: { 201: DialogueQuestion } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { session } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    const row = await addQuestion(db, ctx, session, req.body)
    return reply.status(201).send(presentQuestion(row, null))
  })

  app.put('/dialogues/:id/questions/:questionId', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: 'Correct a question or record the answer given', params: QuestionParams, body: QuestionBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { session } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    await updateQuestion(db, ctx, session, await getQuestion(db, session, req.params.questionId), req.body)
    return { ok: true as const }
  })

  app.delete('/dialogues/:id/questions/:questionId', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: 'Remove a question recorded by mistake (not one taken in as a feedback case)', params: QuestionParams, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { session } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    await deleteQuestion(db, ctx, session, await getQuestion(db, session, req.params.questionId))
    return { ok: true as const }
  })

  app.post('/dialogues/:id/questions/:questionId/feedback', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: "Take a question in as a feedback case (channel 'dialogue'); the tracking code is shown once", params: QuestionParams, body: TakeInBody, response: { 201: TakeInReceipt } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { session, org } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    const question = await getQuestion(db, session, req.params.questionId)
    const commune = await getOrganization(db, req.body.communeId)
    const { row, code } = await takeInQuestion(db, ctx, session, org, question, commune, req.body)
    return reply.status(201).send({ feedbackCaseId: row.id, trackingCode: formatTrackingCode(code), reference: row.reference, acknowledgeDue: row.acknowledgeDue, handlingDue: row.handlingDue })
  })
}
