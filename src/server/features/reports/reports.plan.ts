// A unit's plan as a Party document (KẾ HOẠCH: the items as a numbered table), and the review of a plan over a
// reporting period (BÁO CÁO sơ kết 6 tháng / tổng kết năm / kết quả quý: each item's progress and the note of its
// latest update in the period). Same header, signature and recipients as the other documents (Hướng dẫn 36-HD/VPTW).
import type { PlanStatus } from '../../../common/contracts/plans.ts'
import { formatDateVi, todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { KIND_VI, STATUS_VI, planOutline, type OutlineRow } from '../plans/plans.outline.ts'
import type { PeriodRow } from '../plans/plans.periods.ts'
import type { PlanRow } from '../plans/plans.service.ts'
import { formatCount, header, issuerSignature, recipients, type Common } from './reports.compose.ts'
import type { Block, DocModel, TableRowModel } from './reports.docx.ts'
import { assertFormat, common, deliver, type Output } from './reports.service.ts'
import { fill, templateFor, type DocumentTemplate } from './reports.templates.ts'

type PlanText = 'intro' | 'items' | 'no' | 'item' | 'result' | 'owner' | 'due' | 'none' | 'organize' | 'organizeText' | 'reportText'
type ReviewText = 'general' | 'totals' | 'byItem' | 'no' | 'item' | 'progress' | 'status' | 'note' | 'noReport' | 'none' | 'next' | 'nextText' | 'allDone'

export const PLAN_TEMPLATE: DocumentTemplate<PlanText> = {
  kind: 'plan',
  version: '2026.1',
  effectiveFrom: '2025-08-30',
  defaultLayout: 'party',
  typeName: 'KẾ HOẠCH',
  typeCode: 'KH',
  summary: { party: '{summary}', state: '{summary}' },
  intro: [],
  closing: [],
  text: {
    intro: '{issuer} xây dựng kế hoạch năm {year} với các nhiệm vụ, chỉ tiêu sau:',
    items: 'I. NHIỆM VỤ, CHỈ TIÊU',
    no: 'STT',
    item: 'Nhiệm vụ, chỉ tiêu',
    result: 'Kết quả cần đạt',
    owner: 'Đơn vị, người phụ trách',
    due: 'Thời hạn',
    none: 'Kế hoạch chưa có nhiệm vụ, chỉ tiêu.',
    organize: 'II. TỔ CHỨC THỰC HIỆN',
    organizeText: 'Các đơn vị, cá nhân được giao chủ trì xây dựng kế hoạch, cụ thể hóa các nhiệm vụ được giao vào kế hoạch của mình và tổ chức thực hiện đúng thời hạn.',
    reportText: 'Định kỳ hằng quý, 6 tháng và cuối năm, các đơn vị báo cáo tiến độ, kết quả thực hiện kèm tài liệu minh chứng về {issuer} theo thời hạn báo cáo.',
  },
  signatures: [{ heading: { party: [], state: [] }, lines: 'issuer', hint: null }],
  recipients: {
    party: ['{superior} (để báo cáo),', 'Các tổ chức đảng trực thuộc (để thực hiện),', 'Lưu Văn phòng.'],
    state: ['{superior} (để báo cáo),', 'Các cơ quan, đơn vị trực thuộc (để thực hiện),', 'Lưu: VT.'],
  },
}

export const PLAN_REVIEW_TEMPLATE: DocumentTemplate<ReviewText> = {
  kind: 'plan-review',
  version: '2026.1',
  effectiveFrom: '2025-08-30',
  defaultLayout: 'party',
  typeName: 'BÁO CÁO',
  typeCode: 'BC',
  summary: { party: '{summary}', state: '{summary}' },
  intro: ['Thực hiện {planRef}, {issuer} báo cáo kết quả thực hiện {periodName} như sau:'],
  closing: ['Trên đây là báo cáo kết quả thực hiện {periodName} của {issuer}.'],
  text: {
    general: 'I. KẾT QUẢ CHUNG',
    totals: 'Kế hoạch có {items} nhiệm vụ, chỉ tiêu; tiến độ chung đạt {progress}. Hoàn thành: {done}; đang thực hiện: {inProgress}; chậm: {late}; chưa thực hiện: {notStarted}.',
    byItem: 'II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ, CHỈ TIÊU',
    no: 'STT',
    item: 'Nhiệm vụ, chỉ tiêu',
    progress: 'Tiến độ',
    status: 'Tình trạng',
    note: 'Kết quả, ghi chú',
    noReport: 'Chưa báo cáo trong kỳ.',
    none: 'Kế hoạch chưa có nhiệm vụ, chỉ tiêu.',
    next: 'III. NHIỆM VỤ THỜI GIAN TỚI',
    nextText: 'Tiếp tục thực hiện các nhiệm vụ, chỉ tiêu chưa hoàn thành: {list}.',
    allDone: 'Các nhiệm vụ, chỉ tiêu của kế hoạch đã hoàn thành; tiếp tục duy trì, nhân rộng kết quả.',
  },
  signatures: [{ heading: { party: [], state: [] }, lines: 'issuer', hint: null }],
  recipients: {
    party: ['{superior} (để báo cáo),', 'Các tổ chức đảng trực thuộc,', 'Lưu Văn phòng.'],
    state: ['{superior} (để báo cáo),', 'Các cơ quan, đơn vị trực thuộc,', 'Lưu: VT.'],
  },
}

export const PLAN_TEMPLATE_VERSIONS = { plan: [PLAN_TEMPLATE], planReview: [PLAN_REVIEW_TEMPLATE] }

const share = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })
const percent = (n: number | null) => (n === null ? '0%' : `${share.format(n)}%`)
const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] })
const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s)
const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s)

/** "Kế hoạch thực hiện Chỉ thị 05 năm 2026" → "Thực hiện Chỉ thị 05 năm 2026" (the type is printed above it). */
export function planSummary(title: string): string {
  return upperFirst(title.replace(/^kế hoạch\s+/iu, '').trim()) || title
}

/** An issued number is printed as written ("Số 12-KH/TU"); without one the line leaves room for it. */
function withPlanNumber(model: DocModel, documentNumber: string | null): DocModel {
  return documentNumber ? { ...model, header: { ...model.header, numberLine: `Số ${documentNumber}` } } : model
}

function itemTitle(r: OutlineRow): string {
  return r.kind === 'breakthrough' || r.kind === 'pressing' ? `${r.title} (${KIND_VI[r.kind].toLocaleLowerCase('vi')})` : r.title
}

export function planModel(plan: PlanRow, rows: OutlineRow[], cycle: { year: number }, c: Common): DocModel {
  const t = templateFor(PLAN_TEMPLATE_VERSIONS.plan, c.date)
  const x = t.text
  const v = { year: cycle.year, issuer: c.issuer.name, superior: c.issuer.superiorName ?? '', summary: planSummary(plan.title) }
  const table: TableRowModel[] = rows.map((r) => ({
    cells: [r.number, `${'   '.repeat(r.depth)}${itemTitle(r)}`, r.expectedResult ?? '', r.owner ?? '', formatDateVi(r.dueOn)],
    bold: r.depth === 0,
  }))
  const blocks: Block[] = [
    paragraph(fill(x.intro, v)),
    { kind: 'heading', text: x.items },
    rows.length
      ? { kind: 'table', size: 12, columns: [{ title: x.no, width: 0.8, align: 'center' }, { title: x.item, width: 4.4 }, { title: x.result, width: 2.8 }, { title: x.owner, width: 2.4 }, { title: x.due, width: 1.5, align: 'center' }], rows: table }
      : paragraph(x.none),
    { kind: 'heading', text: x.organize },
    paragraph(fill(x.organizeText, v)),
    paragraph(fill(x.reportText, v)),
  ]
  return withPlanNumber({
    layout: c.layout, title: `${t.typeName} ${v.summary} — ${c.issuer.name}`, header: header(t, c), typeName: t.typeName, summary: fill(t.summary[c.layout], v),
    blocks, signatures: [issuerSignature(c, t.signatures[0].heading[c.layout], t.signatures[0].hint)], recipients: recipients(t, c, v),
  }, plan.documentNumber)
}

/** "Sơ kết 6 tháng đầu năm 2026", "Tổng kết năm 2026", "Kết quả quý I/2026". */
function periodHeading(period: Pick<PeriodRow, 'kind' | 'label'>, year: number): string {
  if (period.kind === 'year') return `Tổng kết năm ${year}`
  if (period.kind === 'half') return `Sơ kết ${lowerFirst(period.label)}`
  return `Kết quả ${lowerFirst(period.label)}`
}

export function planReviewModel(plan: PlanRow, outline: { rows: OutlineRow[]; progress: number | null }, period: PeriodRow, cycle: { year: number }, c: Common): DocModel {
  const t = templateFor(PLAN_TEMPLATE_VERSIONS.planReview, c.date)
  const x = t.text
  const planRef = plan.documentNumber ? `Kế hoạch số ${plan.documentNumber}` : `kế hoạch năm ${cycle.year}`
  const { rows } = outline
  const count = (s: PlanStatus) => formatCount(rows.filter((r) => r.status === s).length)
  const v = {
    year: cycle.year, issuer: c.issuer.name, superior: c.issuer.superiorName ?? '', planRef,
    summary: `${periodHeading(period, cycle.year)} thực hiện ${planRef}`, periodName: `${planRef} ${lowerFirst(period.label)}`,
    items: formatCount(rows.length), progress: percent(outline.progress), done: count('done'), inProgress: count('in_progress'), late: count('late'), notStarted: count('not_started'),
  }
  const table: TableRowModel[] = rows.map((r) => ({
    cells: [r.number, `${'   '.repeat(r.depth)}${itemTitle(r)}`, percent(r.update?.progress ?? r.progress), STATUS_VI[r.status], r.update?.note ?? x.noReport],
    bold: r.depth === 0,
  }))
  const open = rows.filter((r) => r.depth === 0 && r.status !== 'done').map((r) => r.title)
  return withPlanNumber({
    layout: c.layout, title: `${t.typeName} ${v.summary} — ${c.issuer.name}`, header: header(t, c), typeName: t.typeName, summary: fill(t.summary[c.layout], v),
    blocks: [
      ...t.intro.map((p) => paragraph(fill(p, v))),
      { kind: 'heading', text: x.general },
      paragraph(fill(x.totals, v)),
      { kind: 'heading', text: x.byItem },
      rows.length
        ? { kind: 'table', size: 12, columns: [{ title: x.no, width: 0.8, align: 'center' }, { title: x.item, width: 4.2 }, { title: x.progress, width: 1.3, align: 'right' }, { title: x.status, width: 1.8 }, { title: x.note, width: 3.8 }], rows: table }
        : paragraph(x.none),
      { kind: 'heading', text: x.next },
      paragraph(open.length ? fill(x.nextText, { list: open.join('; ') }) : x.allDone),
      ...t.closing.map((p) => paragraph(fill(p, v))),
    ],
    signatures: [issuerSignature(c, t.signatures[0].heading[c.layout], t.signatures[0].hint)],
    recipients: recipients(t, c, v),
  }, null)
}

interface PlanDocInput {
  db: Db
  ctx: Ctx
  plan: PlanRow
  org: OrgRow
  cycle: CycleRow
  output: Output
}

/** The plan as issued, in the Party layout, dated today. */
export async function planDocument({ db, ctx, plan, org, cycle, output }: PlanDocInput) {
  assertFormat(output)
  const date = output.today ?? todayIso()
  const c = await common(db, org, 'party', date)
  const { rows } = await planOutline(db, plan, org, cycle, date)
  return deliver({ db, ctx, output }, planModel(plan, rows, cycle, c), `Kế hoạch ${cycle.year} - ${org.name}`, {
    kind: 'plan', entityId: plan.id, organizationId: org.id, data: { cycleId: cycle.id, items: rows.length },
  })
}

/** The review of the plan over a period, in the Party layout, with the report's own number when given. */
export async function planReviewDocument({ db, ctx, plan, org, cycle, output, period, number }: PlanDocInput & { period: PeriodRow; number?: string | null }) {
  assertFormat(output)
  const date = output.today ?? todayIso()
  const c = await common(db, org, 'party', date, number)
  const outline = await planOutline(db, plan, org, cycle, date, period)
  return deliver({ db, ctx, output }, planReviewModel(plan, outline, period, cycle, c), `Báo cáo ${period.label} - ${org.name}`, {
    kind: 'plan-review', entityId: plan.id, organizationId: org.id, data: { cycleId: cycle.id, periodId: period.id, number: number ?? null },
  })
}
