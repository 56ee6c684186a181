// /api/v1/commendations: issuing a commendation decision for nominations held at a level, the decisions issued over a
// subtree (annulled ones marked), one decision with the models it commends, annulling a wrong one, the decision as a
// Party-format Word document (an annulled one too: it is the record), and the printed certificates (giấy khen, bằng
// khen) of those it commends (none for an annulled decision).
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import type { CommendationForm } from '../../../common/contracts/models.base.ts'
import {
  AnnulCommendationBody, CommendationDetail, CommendationList, CommendationQuery, CreateCommendationBody, type CommendationListItem,
} from '../../../common/contracts/nominations.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { attachmentDisposition } from '../../lib/download.ts'
import { conflict, notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { CONTENT_TYPES } from '../reports/reports.service.ts'
import type { Issuer } from '../reports/reports.issuer.ts'
import { annulCommendation } from './nominations.annul.ts'
import { commendedBy, conflictedDecisions, getCommendation, issueCommendation, listCommendations, type CommendationView } from './nominations.commend.ts'
import { certificatesDocument } from './nominations.certificate.ts'
import { decisionDocument, decisionNumberLine, issuerOf } from './nominations.decision.ts'
import { nominationPolicy } from './nominations.policy.ts'
import { presentNomination } from './nominations.present.ts'
import type { NominationView } from './nominations.query.ts'

const tags = ['commendations']
const DocxFile = { description: 'Văn bản Word (.docx)', content: { [CONTENT_TYPES.docx]: { schema: z.string().meta({ format: 'binary' }) } } }
/** Each document may read many rows: a tighter limit than the API's global one, as for the other documents. */
const rateLimit = { max: 30, timeWindow: '1 minute' }

/** `conflicted`: the caller may take no step on one of the nominations it commends (a conflict of interest). */
function presentCommendation(v: CommendationView, issuer: Issuer, actor: Actor, conflicted: boolean): CommendationListItem {
  const c = v.row
  return {
    id: c.id, organization: { id: v.org.id, name: v.org.name }, year: c.year, number: c.number, numberLine: decisionNumberLine(issuer, c.number),
    signedOn: c.signedOn, form: c.form as CommendationForm, title: c.title, signerName: c.signerName, signerTitle: c.signerTitle, count: Number(v.count),
    createdAt: c.createdAt.toISOString(),
    annulled: c.annulledAt ? { at: c.annulledAt.toISOString(), by: v.annulledBy, reason: c.annulReason ?? '' } : null,
    abilities: { annul: !c.annulledAt && !conflicted && nominationPolicy.annulCommendation(actor, v.org) },
  }
}

export const commendationRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  /** A decision the caller may read, with what it commends. */
  async function readable(id: string, actor: Actor) {
    const view = await getCommendation(db, id)
    const commended = await commendedBy(db, view.row)
    const units = commended.flatMap((n) => [n.nominatedBy, n.modelUnit])
    if (!nominationPolicy.readCommendation(actor, { issuer: view.org, units })) throw notFound('commendationNotFound')
    return { view, commended }
  }

  /** The decision with those it commends (or had commended), as the caller sees it. */
  async function detail(view: CommendationView, commended: NominationView[], actor: Actor) {
    const annullable = !view.row.annulledAt && nominationPolicy.annulCommendation(actor, view.org)
    const conflicted = annullable && (await conflictedDecisions(db, actor, [view.row.id])).has(view.row.id)
    const issuer = await issuerOf(db, await getOrganization(db, view.org.id))
    return { ...presentCommendation(view, issuer, actor, conflicted), commended: commended.map(presentCommended) }
  }

  app.post('/commendations', {
    config: { policy: 'commendations.issue' },
    schema: { tags, summary: 'Issue a commendation decision for nominations held in review at a level I hold: each commended, each model commended for the year', body: CreateCommendationBody, response: { 201: CommendationDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, nominationPolicy.issue, org)
    const { organizationId: _o, ...input } = req.body
    const id = await issueCommendation(db, ctx, org, input)
    const view = await getCommendation(db, id)
    return reply.status(201).send(await detail(view, await commendedBy(db, view.row), ctx.actor))
  })

  app.get('/commendations', {
    config: { policy: 'commendations.list' },
    schema: { tags, summary: 'The commendation decisions issued over a unit\'s subtree, newest first', querystring: CommendationQuery, response: { 200: CommendationList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, nominationPolicy.listCommendations, org)
    const rows = await listCommendations(db, org.path, req.query.year)
    const issuers = new Map<string, Issuer>()
    for (const r of rows) if (!issuers.has(r.org.id)) issuers.set(r.org.id, await issuerOf(db, await getOrganization(db, r.org.id)))
    const annullable = rows.filter((r) => !r.row.annulledAt && nominationPolicy.annulCommendation(actor, r.org)).map((r) => r.row.id)
    const conflicted = await conflictedDecisions(db, actor, annullable)
    return { items: rows.map((r) => presentCommendation(r, issuers.get(r.org.id)!, actor, conflicted.has(r.row.id))) }
  })

  app.get('/commendations/:id', {
    config: { policy: 'commendations.read' },
    schema: { tags, summary: 'A commendation decision with the models it commends and their units', params: IdParams, response: { 200: CommendationDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { view, commended } = await readable(req.params.id, actor)
    return detail(view, commended, actor)
  })

  app.post('/commendations/:id/annul', {
    config: { policy: 'commendations.annul' },
    schema: {
      tags, params: IdParams, body: AnnulCommendationBody, response: { 200: CommendationDetail },
      summary: 'Annul a wrong decision, saying why: its nominations back in review at the issuing level, its models no longer commended by it (unpublished when no longer commended at all); its number stays taken',
    },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view, commended } = await readable(req.params.id, ctx.actor)
    authorize(ctx.actor, nominationPolicy.annulCommendation, view.org)
    await annulCommendation(db, ctx, view, commended, req.body.reason)
    const annulled = await getCommendation(db, view.row.id)
    return detail(annulled, await commendedBy(db, annulled.row), ctx.actor)
  })

  app.get('/commendations/:id/document.docx', {
    config: { policy: 'commendations.read', rateLimit },
    schema: { tags, summary: 'The decision as a Party-format Word document (Hướng dẫn 36-HD/VPTW), audited', params: IdParams, response: { 200: DocxFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { view, commended } = await readable(req.params.id, ctx.actor)
    return sendDocx(reply, await decisionDocument(db, ctx, view, await getOrganization(db, view.org.id), commended))
  })

  app.get('/commendations/:id/certificates.docx', {
    config: { policy: 'commendations.read', rateLimit },
    schema: { tags, summary: 'The certificates to print (giấy khen or bằng khen by the decision\'s form): one A4 landscape page per entry, audited', params: IdParams, response: { 200: DocxFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { view, commended } = await readable(req.params.id, ctx.actor)
    if (view.row.annulledAt) throw conflict('commendationAnnulledNoCertificates')
    const file = await certificatesDocument(db, ctx, view, await getOrganization(db, view.org.id), commended)
    return sendDocx(reply, file, file.stem)
  })
}

/** A file, not JSON (the route's schema documents it as such). */
function sendDocx(reply: FastifyReply, file: { body: Buffer; name: string }, fallback = 'quyet-dinh') {
  return reply
    .header('content-type', CONTENT_TYPES.docx)
    .header('content-disposition', attachmentDisposition(file.name, 'docx', fallback))
    .header('cache-control', 'no-store')
    .send(file.body)
}

function presentCommended(n: Parameters<typeof presentNomination>[0]) {
  const item = presentNomination(n)
  return { nominationId: n.row.id, model: item.model, nominatedBy: item.nominatedBy, reason: n.row.reason }
}
