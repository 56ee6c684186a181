// /api/v1/models/:id/files: a model's photos (shown on its page and, once published, on the showcase) and evidence
// (inside the organization only). One file per multipart upload with its caption and credit; caption and credit
// edited, a photo moved to another place (the first photo is the cover); deleted; downloaded safely (`?size=thumb`: the
// small WebP copy of a photo).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import {
  MODEL_FILE_TYPES, MODEL_MAX_FILE_BYTES, ModelDetail, ModelFileParams, ModelFileQuery, UpdateModelFileBody, UploadModelFileBody,
} from '../../../common/contracts/models.ts'
import type { Database } from '../../db/client.ts'
import { privateNoStore, sendStoredFile } from '../../lib/download.ts'
import { invalid, notFound } from '../../lib/errors.ts'
import { readMultipartForm, registerUploads, type UploadLimits } from '../../lib/uploads.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { addModelFile, deleteModelFile, updateModelFile, verifyModelFile } from './models.files.ts'
import { loadModelForActor, modelPage } from './models.load.ts'
import { modelPolicy } from './models.policy.ts'
import { fileToSend, getFile, storedFile } from './models.query.ts'

const tags = ['models']
/** One file of 5 MB with its role, caption (300 characters) and credit (120) — up to 4 bytes a character. */
const LIMITS: UploadLimits = { maxFiles: 1, maxFileBytes: MODEL_MAX_FILE_BYTES, maxFields: 4, maxFieldBytes: 4 * 1024 }
const readUploadForm = readMultipartForm({
  limits: LIMITS,
  messages: { fileTooLarge: 'modelFileTooLarge', tooManyFiles: 'modelTooManyFiles', formTooLarge: 'modelFormTooLarge', formInvalid: 'feedbackFormInvalid' },
})
const StoredFile = {
  description: 'Ảnh (JPEG, PNG, WebP) hoặc tài liệu PDF',
  content: Object.fromEntries(MODEL_FILE_TYPES.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
}

export const modelFileRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database
  await registerUploads(app, LIMITS)

  app.post('/models/:id/files', {
    config: { policy: 'models.upload' },
    preValidation: readUploadForm,
    schema: {
      tags, summary: 'Add a photo (JPEG, PNG, WebP) or an evidence file (a photo or a PDF) with its caption and credit: multipart/form-data, one file',
      params: IdParams, body: UploadModelFileBody, response: { 201: ModelDetail },
    },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    const [upload] = req.uploads ?? []
    if (!upload) throw invalid('modelFileRequired', 'files')
    const file = await verifyModelFile(upload, req.body.role)
    await addModelFile({ db, ctx, model: view.row, role: req.body.role, caption: req.body.caption, credit: req.body.credit, file })
    return reply.status(201).send(await modelPage(db, view.row.id, ctx.actor))
  })

  app.patch('/models/:id/files/:fileId', {
    config: { policy: 'models.upload' },
    schema: { tags, summary: "Change a file's caption or credit, or move a photo to another place among the model's photos (0: the cover; the others move to make room)", params: ModelFileParams, body: UpdateModelFileBody, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await getFile(db, view.row.id, req.params.fileId)
    await updateModelFile({ db, ctx, model: view.row, fileId: req.params.fileId, input: req.body })
    return modelPage(db, view.row.id, ctx.actor)
  })

  app.delete('/models/:id/files/:fileId', {
    config: { policy: 'models.upload' },
    schema: { tags, summary: 'Delete a photo or an evidence file', params: ModelFileParams, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await getFile(db, view.row.id, req.params.fileId)
    await deleteModelFile({ db, ctx, model: view.row, fileId: req.params.fileId })
    return modelPage(db, view.row.id, ctx.actor)
  })

  app.get('/models/:id/files/:fileId', {
    config: { policy: 'models.read' },
    onSend: privateNoStore,
    schema: { tags, summary: "A photo (or its small copy: ?size=thumb) for the model's readers; an evidence file for its own unit's staff", params: ModelFileParams, querystring: ModelFileQuery, response: { 200: StoredFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const { ref } = await loadModelForActor(db, actor, req.params.id)
    const file = await storedFile(db, req.params.id, req.params.fileId)
    // Evidence stays inside the organization: to other readers it does not exist.
    if (file.role !== 'photo' && !modelPolicy.readInternal(actor, ref)) throw notFound('modelFileNotFound')
    return sendStoredFile(reply, fileToSend(file, req.query.size === 'thumb'))
  })
}
