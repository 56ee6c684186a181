// The printed certificates of a commendation decision (giấy khen, bằng khen): one A4 landscape page per entry of the
// decision, centred — the issuing committee as the decision's header names it, "GIẤY KHEN" or "BẰNG KHEN" large and
// red, "Tặng" and the recipient, the unit, the achievement, then the decision's number and date on the left and the
// place, date and signature on the right. The certificate is internal: a person model shows the person's name whatever
// the consent to public pages. The fixed wording is data below; the generation is audited as the decision's is.
import {
  AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun,
  VerticalAlignTable, WidthType,
} from 'docx'
import type { CommendationForm, ModelKind } from '../../../common/contracts/models.base.ts'
import { vietnameseDateLine } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { A4, twips } from '../reports/reports.docx.ts'
import type { Issuer } from '../reports/reports.issuer.ts'
import { fill } from '../reports/reports.templates.ts'
import type { CommendationView } from './nominations.commend.ts'
import { decisionDateLine, decisionNumberLine, issuerOf } from './nominations.decision.ts'
import type { NominationView } from './nominations.query.ts'

export const CERTIFICATE_TEMPLATE = {
  font: 'Times New Roman',
  titles: { certificate: 'GIẤY KHEN', diploma: 'BẰNG KHEN' } satisfies Record<CommendationForm, string>,
  names: { certificate: 'Giấy khen', diploma: 'Bằng khen' } satisfies Record<CommendationForm, string>,
  /** The ASCII stem of the file's name when nothing else survives. */
  stems: { certificate: 'giay-khen', diploma: 'bang-khen' } satisfies Record<CommendationForm, string>,
  give: 'Tặng',
  achievement: 'Đã có thành tích xuất sắc, tiêu biểu ({title})',
  /** "Quyết định số 03-QĐ/ĐU, ngày 15 tháng 12 năm 2033" */
  decision: 'Quyết định {number}, {date}',
  fileName: '{form} theo quyết định số {number} năm {year} - {org}',
  /** A nomination's reason is printed under the achievement only when it is this short (it must fit the page). */
  reasonMax: 300,
  /** Sizes in points, as on printed certificates. */
  sizes: { issuer: 14, title: 40, give: 16, recipient: 20, unit: 16, achievement: 16, reason: 14, closing: 14 },
  titleColor: 'C00000',
  marginsMm: { top: 18, bottom: 15, left: 25, right: 25 },
}

const T = CERTIFICATE_TEMPLATE
const half = (pt: number) => pt * 2

/** Whom a certificate is given to: the person's full name for a person model, else the model's title. */
export function certificateRecipient(v: NominationView): string {
  if ((v.model.kind as ModelKind) === 'person' && v.personName) return v.personName
  return v.model.title
}

interface LineOpts {
  bold?: boolean
  italic?: boolean
  color?: string
  before?: number
  after?: number
  pageBreakBefore?: boolean
}

function line(text: string, size: number, opts: LineOpts = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: opts.pageBreakBefore,
    keepNext: true,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: 240 },
    children: [new TextRun({ text, size: half(size), bold: opts.bold, italics: opts.italic, color: opts.color })],
  })
}

function cell(children: Paragraph[], width: number, align: 'top' | 'bottom') {
  return new TableCell({
    children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE,
    verticalAlign: align === 'bottom' ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
  })
}

/** The decision on the left; the place and date, the signature on the right. */
function closing(c: CommendationView['row'], issuer: Issuer, width: number): Table {
  const s = T.sizes.closing
  const number = decisionNumberLine(issuer, c.number).replace(/^Số/, 'số')
  const left = Math.round(width / 2)
  const right = width - left
  const signer = [
    line(decisionDateLine(issuer, c.signedOn), s, { italic: true, after: 60 }),
    ...(issuer.authority ? [line(issuer.authority, s, { bold: true })] : []),
    line(c.signerTitle.toLocaleUpperCase('vi'), s, { bold: true }),
    ...Array.from({ length: 3 }, () => line('', s)),
    line(c.signerName, s, { bold: true }),
  ]
  return new Table({
    width: { size: width, type: WidthType.DXA }, columnWidths: [left, right], borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [
      cell([line(fill(T.decision, { number, date: vietnameseDateLine(c.signedOn) }), s, { italic: true })], left, 'bottom'),
      cell(signer, right, 'top'),
    ] })],
  })
}

/** One certificate's paragraphs; every one after the first starts a new page. */
function certificate(c: CommendationView['row'], issuer: Issuer, n: NominationView, first: boolean, width: number): (Paragraph | Table)[] {
  const z = T.sizes
  const form = c.form as CommendationForm
  const reason = n.row.reason.trim()
  return [
    ...[...issuer.superior.map((text) => ({ text, bold: false })), ...issuer.body.map((text) => ({ text, bold: true }))]
      .map((l, i) => line(l.text, z.issuer, { bold: l.bold, pageBreakBefore: !first && i === 0 })),
    line('*', z.issuer, { after: 240 }),
    line(T.titles[form], z.title, { bold: true, color: T.titleColor, after: 240 }),
    line(T.give, z.give, { italic: true, after: 60 }),
    line(certificateRecipient(n), z.recipient, { bold: true, after: 60 }),
    line(n.modelUnit.name, z.unit, { after: 180 }),
    line(fill(T.achievement, { title: c.title }), z.achievement, { bold: true, after: 60 }),
    ...(reason && [...reason].length <= T.reasonMax ? [line(reason, z.reason, { italic: true })] : []),
    line('', z.reason, { after: 120 }),
    closing(c, issuer, width),
  ]
}

export async function renderCertificates(c: CommendationView['row'], issuer: Issuer, commended: NominationView[]): Promise<Buffer> {
  const m = T.marginsMm
  // The page is given upright; the landscape orientation turns it (docx swaps width and height).
  const width = A4.height - twips(m.left) - twips(m.right)
  const doc = new Document({
    creator: 'Nêu Gương',
    title: `${T.names[c.form as CommendationForm]} — ${decisionNumberLine(issuer, c.number)} — ${issuer.name}`,
    styles: { default: { document: { run: { font: T.font, size: half(14), language: { value: 'vi-VN' } }, paragraph: { spacing: { line: 240 } } } } },
    sections: [{
      properties: {
        page: {
          size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
          margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right), header: 0, footer: 0 },
        },
      },
      children: commended.flatMap((n, i) => certificate(c, issuer, n, i === 0, width)),
    }],
  })
  return Packer.toBuffer(doc)
}

export interface CertificateFile {
  body: Buffer
  name: string
  /** The ASCII stem when the name folds to nothing. */
  stem: string
}

/** The .docx of the certificates, audited as every generated document is (report.generate). */
export async function certificatesDocument(db: Db, ctx: Ctx, view: CommendationView, org: OrgRow, commended: NominationView[]): Promise<CertificateFile> {
  const issuer = await issuerOf(db, org)
  const body = await renderCertificates(view.row, issuer, commended)
  const form = view.row.form as CommendationForm
  await db.transaction((tx) => audit(tx, ctx, {
    action: 'report.generate', entityType: 'report', entityId: view.row.id, organizationId: org.id,
    data: { kind: 'commendation-certificates', format: 'docx', form, bytes: body.length, number: view.row.number, year: view.row.year, count: commended.length },
  }))
  return { body, name: fill(T.fileName, { form: T.names[form], number: view.row.number, year: view.row.year, org: org.name }), stem: T.stems[form] }
}
