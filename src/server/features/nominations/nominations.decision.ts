// The commendation decision as a Party document (Hướng dẫn 36-HD/VPTW), laid out by the reports module: the issuing
// committee's header, "Số 09-QĐ/TU", place and date, "QUYẾT ĐỊNH về việc khen thưởng …", the committee deciding, the
// "Căn cứ …" lines, Điều 1 with the table of those commended, Điều 2 and Điều 3, the signature and "Nơi nhận". The
// fixed wording is data below; the generation is audited as the other documents are.
import type { CommendationForm, ModelKind } from '../../../common/contracts/models.base.ts'
import { vietnameseDateLine } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { orgChain } from '../reports/reports.data.ts'
import { renderDocx, type Block, type DocModel, type TableRowModel } from '../reports/reports.docx.ts'
import { issuerFor, numberLine, upper, type Issuer } from '../reports/reports.issuer.ts'
import { LAYOUTS, fill } from '../reports/reports.templates.ts'
import type { CommendationView } from './nominations.commend.ts'
import type { NominationView } from './nominations.query.ts'

export const COMMENDATION_TEMPLATE = {
  version: '2026.1',
  effectiveFrom: '2025-08-30',
  typeName: 'QUYẾT ĐỊNH',
  typeCode: 'QĐ',
  summary: 'về việc khen thưởng {title}',
  bases: [
    'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
    'Căn cứ Quy chế làm việc của {issuer};',
    'Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;',
    'Căn cứ kết quả xét duyệt hồ sơ đề nghị khen thưởng năm {year};',
    'Xét đề nghị của {proposers},',
  ],
  decides: 'QUYẾT ĐỊNH:',
  article1: 'Tặng {form} của {issuer} cho {count} tập thể, cá nhân và mô hình, cách làm có thành tích xuất sắc, tiêu biểu ({title}), có tên sau đây:',
  article2: 'Các tập thể, cá nhân và mô hình, cách làm được khen thưởng tiếp tục phát huy thành tích đạt được, là gương điển hình để cán bộ, đảng viên và Nhân dân học tập, làm theo; các cấp ủy, tổ chức đảng tuyên truyền, nhân rộng.',
  article3: 'Quyết định có hiệu lực kể từ ngày ký. Văn phòng {issuer}, các cấp ủy, tổ chức đảng có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
  columns: { no: 'STT', name: 'Tập thể, cá nhân, mô hình, cách làm', unit: 'Đơn vị', achievement: 'Thành tích' },
  forms: { certificate: 'Giấy khen', diploma: 'Bằng khen' } satisfies Record<CommendationForm, string>,
  person: 'Đồng chí {name}',
  practice: 'Mô hình “{title}”',
  recipients: ['{superior} (để báo cáo),', 'Như Điều 3,', 'Lưu Văn phòng.'],
}

const T = COMMENDATION_TEMPLATE

/** The body deciding: the standing committee for a province, else the committee itself. */
function decidingBody(issuer: Issuer): string {
  return issuer.authority === 'T/M BAN THƯỜNG VỤ' ? `BAN THƯỜNG VỤ ${upper(issuer.name)}` : upper(issuer.name)
}

/** How the decision names one commended: the person, the collective, or the practice. */
export function commendedName(v: NominationView): string {
  const kind = v.model.kind as ModelKind
  if (kind === 'person' && v.personName) return fill(T.person, { name: v.personName })
  if (kind === 'practice') return fill(T.practice, { title: v.model.title })
  return v.model.title
}

export async function issuerOf(db: Tx, org: OrgRow): Promise<Issuer> {
  return issuerFor('party', await orgChain(db, org))
}

/** "Số 09-QĐ/TU" */
export const decisionNumberLine = (issuer: Issuer, number: string) => numberLine(LAYOUTS.party.numberPattern, T.typeCode, issuer.symbol, number)

/** "Bình Minh, ngày 15 tháng 12 năm 2033": the place and date under the number, and on the certificates. */
export const decisionDateLine = (issuer: Issuer, signedOn: string) => `${issuer.place}, ${vietnameseDateLine(signedOn)}`

const article = (n: number, text: string): Block => ({ kind: 'paragraph', runs: [{ text: `Điều ${n}. `, bold: true }, { text }] })
const plain = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] })
const centred = (text: string): Block => ({ kind: 'paragraph', indent: false, align: 'center', runs: [{ text, bold: true }] })

export function decisionModel(c: CommendationView['row'], issuer: Issuer, commended: NominationView[]): DocModel {
  const proposers = [...new Set(commended.map((v) => v.nominatedBy.name))].join(', ')
  const v = { title: c.title, issuer: issuer.name, superior: issuer.superiorName ?? '', year: c.year, proposers, form: T.forms[c.form as CommendationForm], count: commended.length }
  const rows: TableRowModel[] = commended.map((n, i) => ({ cells: [String(i + 1), commendedName(n), n.modelUnit.name, n.row.reason] }))
  const summary = fill(T.summary, v)
  return {
    layout: 'party',
    title: `${T.typeName} ${summary} — ${issuer.name}`,
    header: { superior: issuer.superior, body: issuer.body, numberLine: decisionNumberLine(issuer, c.number), dateLine: decisionDateLine(issuer, c.signedOn) },
    typeName: T.typeName,
    summary,
    blocks: [
      centred(decidingBody(issuer)),
      ...T.bases.map((b) => plain(fill(b, v))),
      centred(T.decides),
      article(1, fill(T.article1, v)),
      {
        kind: 'table', size: 12,
        columns: [{ title: T.columns.no, width: 0.8, align: 'center' }, { title: T.columns.name, width: 3.6 }, { title: T.columns.unit, width: 3 }, { title: T.columns.achievement, width: 4.6 }],
        rows,
      },
      article(2, T.article2),
      article(3, fill(T.article3, v)),
    ],
    signatures: [{ lines: [...(issuer.authority ? [issuer.authority] : []), upper(c.signerTitle)], hint: null, name: c.signerName }],
    recipients: T.recipients.filter((r) => !r.includes('{superior}') || issuer.superiorName).map((r) => fill(r, v)),
  }
}

export interface DecisionFile {
  body: Buffer
  name: string
}

/** The .docx, audited as every generated document is (report.generate). */
export async function decisionDocument(db: Db, ctx: Ctx, view: CommendationView, org: OrgRow, commended: NominationView[]): Promise<DecisionFile> {
  const issuer = await issuerOf(db, org)
  const body = await renderDocx(decisionModel(view.row, issuer, commended))
  await db.transaction((tx) => audit(tx, ctx, {
    action: 'report.generate', entityType: 'report', entityId: view.row.id, organizationId: org.id,
    data: { kind: 'commendation', format: 'docx', layout: 'party', bytes: body.length, number: view.row.number, year: view.row.year },
  }))
  return { body, name: `Quyết định khen thưởng số ${view.row.number} năm ${view.row.year} - ${org.name}` }
}
