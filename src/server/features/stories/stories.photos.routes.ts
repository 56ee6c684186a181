// /api/v1/stories/:id/photos: a story's photos — upload one (multipart: the file, its caption and its credit), edit the
// caption, the credit or its place, delete it, and read it (or its thumbnail with ?size=thumb) for those who may read
// the story. Each change answers the story's page as it now stands.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { STORY_PHOTO_MAX_BYTES, STORY_PHOTO_TYPES, StoryDetail, StoryPhotoFields, StoryPhotoParams, StoryPhotoQuery, UpdateStoryPhotoBody } from '../../../common/contracts/stories.ts'
import type { Database } from '../../db/client.ts'
import { privateNoStore, sendStoredFile } from '../../lib/download.ts'
import { readMultipartForm, registerUploads, type UploadLimits } from '../../lib/uploads.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { loadStory, storyPage } from './stories.load.ts'
import { addStoryPhoto, deleteStoryPhoto, photoFileOf, updateStoryPhoto, verifyStoryPhoto } from './stories.photos.ts'
import { storyPolicy } from './stories.policy.ts'
import { storyPhotoFile } from './stories.query.ts'

const tags = ['stories']
/** One photo of 5 MB with its caption (500 characters) and credit, up to 4 bytes a character. */
const LIMITS: UploadLimits = { maxFiles: 1, maxFileBytes: STORY_PHOTO_MAX_BYTES, maxFields: 4, maxFieldBytes: 4 * 1024 }
const readPhotoForm = readMultipartForm({
  limits: LIMITS,
  messages: { fileTooLarge: 'storyPhotoTooLarge', tooManyFiles: 'storyPhotoOneAtATime', formTooLarge: 'storyPhotoFormTooLarge', formInvalid: 'feedbackFormInvalid' },
})
export const PhotoFile = {
  description: 'Ảnh (JPEG, PNG, WebP)',
  content: Object.fromEntries([...STORY_PHOTO_TYPES].map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
}

export const storyPhotoRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database
  await registerUploads(app, LIMITS)

  app.post('/stories/:id/photos', {
    config: { policy: 'stories.write' },
    preValidation: readPhotoForm,
    schema: { tags, summary: 'Add a photo (multipart: one JPEG, PNG or WebP of at most 5 MB, `caption`, `credit`): re-encoded without metadata, with a thumbnail; 12 at most', params: IdParams, body: StoryPhotoFields, response: { 201: StoryDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    const file = await verifyStoryPhoto(req.uploads ?? [])
    await addStoryPhoto(db, ctx, view, file, req.body ?? {})
    return reply.status(201).send(await storyPage(db, view.row.id, ctx.actor))
  })

  app.patch('/stories/:id/photos/:photoId', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: "Edit a photo's caption or credit, or move it to another place among the story's photos", params: StoryPhotoParams, body: UpdateStoryPhotoBody, response: { 200: StoryDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    await updateStoryPhoto(db, ctx, view, req.params.photoId, req.body)
    return storyPage(db, view.row.id, ctx.actor)
  })

  app.delete('/stories/:id/photos/:photoId', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: 'Delete a photo of a story', params: StoryPhotoParams, response: { 200: StoryDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    await deleteStoryPhoto(db, ctx, view, req.params.photoId)
    return storyPage(db, view.row.id, ctx.actor)
  })

  app.get('/stories/:id/photos/:photoId', {
    config: { policy: 'stories.read' },
    onSend: privateNoStore,
    schema: { tags, summary: 'A photo of a story (or its WebP thumbnail with ?size=thumb), for those who may read the story', params: StoryPhotoParams, querystring: StoryPhotoQuery, response: { 200: PhotoFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const view = await loadStory(db, req.params.id, actor, storyPolicy.read)
    const row = await storyPhotoFile(db, view.row.id, req.params.photoId)
    return sendStoredFile(reply, photoFileOf(row, req.query.size === 'thumb'))
  })
}
