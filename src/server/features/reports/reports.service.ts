// Generating a document: load the live data, fill the template in force, render the .docx (and the PDF when asked),
// and audit the generation. Callers (the API, the command line) have already decided who may have it.
import type { DocumentLayout, FileFormat, ReportKind } from '../../../common/contracts/reports.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError } from '../../lib/errors.ts'
import type { CommitmentRow } from '../commitments/commitments.service.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { getOrganization, type OrgRow } from '../organizations/organizations.service.ts'
import { commitmentModel, ratingDecisionsModel, ratingSummaryModel, type Common } from './reports.compose.ts'
import { findSigner, loadCommitmentForm, loadDecisions, loadRatingSummary, orgChain, ratingBasis } from './reports.data.ts'
import { renderDocx, type DocModel } from './reports.docx.ts'
import { issuerFor } from './reports.issuer.ts'
import type { PdfConverter } from './reports.pdf.ts'
import { ISSUER_RULES, TEMPLATE_VERSIONS, templateFor } from './reports.templates.ts'

export const CONTENT_TYPES: Record<FileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
}

export interface GeneratedDocument {
  body: Buffer
  /** Vietnamese, without the extension (the format's). */
  name: string
  format: FileFormat
  contentType: string
}

export interface Output {
  format: FileFormat
  layout?: DocumentLayout
  pdf: PdfConverter
  /** The document's date (default today in Vietnam). */
  today?: string
}

interface Base {
  db: Db
  ctx: Ctx
  cycle: CycleRow
  output: Output
}

/** Refused before any work when a PDF is asked for and LibreOffice is not there. */
export function assertFormat(output: Output) {
  if (output.format === 'pdf' && !output.pdf.available()) throw new AppError('conflict', 'pdfUnavailable')
}

export async function common(db: Db, org: OrgRow, layout: DocumentLayout, date: string, number?: string | null): Promise<Common> {
  const issuer = issuerFor(layout, await orgChain(db, org))
  return { layout, issuer, date, number, signer: await findSigner(db, issuer.signingOrgId, ISSUER_RULES.signerPositionPrefix[layout]) }
}

export async function deliver(
  { db, ctx, output }: Pick<Base, 'db' | 'ctx' | 'output'>,
  model: DocModel,
  name: string,
  event: { kind: ReportKind; entityId: string; organizationId: string; data: Record<string, unknown> },
): Promise<GeneratedDocument> {
  const docx = await renderDocx(model)
  const body = output.format === 'pdf' ? await output.pdf.convert(docx) : docx
  await db.transaction((tx) => audit(tx, ctx, {
    action: 'report.generate', entityType: 'report', entityId: event.entityId, organizationId: event.organizationId,
    data: { kind: event.kind, format: output.format, layout: model.layout, bytes: body.length, ...event.data },
  }))
  return { body, name, format: output.format, contentType: CONTENT_TYPES[output.format] }
}

/** A member's commitment form, dated the day it was sent to the cell (else today). */
export async function commitmentDocument({ db, ctx, cycle, output, commitment }: Base & { commitment: CommitmentRow }) {
  assertFormat(output)
  const unit = await getOrganization(db, commitment.organizationId)
  const form = await loadCommitmentForm(db, commitment)
  const date = form.submittedOn ?? output.today ?? todayIso()
  const layout = output.layout ?? templateFor(TEMPLATE_VERSIONS.commitment, date).defaultLayout
  const c = await common(db, unit, layout, date)
  const model = commitmentModel(form, cycle, layout === 'party' ? unit.name : c.issuer.name, c)
  return deliver({ db, ctx, output }, model, `Bản cam kết ${cycle.year} - ${form.person.fullName}`, {
    kind: 'commitment', entityId: commitment.id, organizationId: unit.id, data: { personId: commitment.personId, cycleId: cycle.id },
  })
}

/** The year-end rating report of an organization over its subtree. */
export async function ratingSummaryDocument({ db, ctx, cycle, output, org, number }: Base & { org: OrgRow; number?: string | null }) {
  assertFormat(output)
  const date = output.today ?? todayIso()
  const layout = output.layout ?? templateFor(TEMPLATE_VERSIONS.ratingSummary, date).defaultLayout
  const c = await common(db, org, layout, date, number)
  const model = ratingSummaryModel(await loadRatingSummary(db, org, cycle), cycle, await ratingBasis(db, cycle), c)
  return deliver({ db, ctx, output }, model, `Báo cáo xếp loại ${cycle.year} - ${org.name}`, {
    kind: 'rating-summary', entityId: org.id, organizationId: org.id, data: { cycleId: cycle.id, number: number ?? null },
  })
}

/** The list of decided ratings over an organization's subtree, grouped by level. */
export async function ratingDecisionsDocument({ db, ctx, cycle, output, org, number }: Base & { org: OrgRow; number?: string | null }) {
  assertFormat(output)
  const date = output.today ?? todayIso()
  const layout = output.layout ?? templateFor(TEMPLATE_VERSIONS.ratingDecisions, date).defaultLayout
  const rows = await loadDecisions(db, org, cycle)
  const c = await common(db, org, layout, date, number)
  const model = ratingDecisionsModel(rows, cycle, await ratingBasis(db, cycle), c)
  return deliver({ db, ctx, output }, model, `Danh sách xếp loại ${cycle.year} - ${org.name}`, {
    kind: 'rating-decisions', entityId: org.id, organizationId: org.id, data: { cycleId: cycle.id, number: number ?? null, people: rows.length },
  })
}
