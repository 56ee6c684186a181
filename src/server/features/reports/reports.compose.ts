// A template, the live data and the issuing body, put together into the model the renderer lays out.
import { COMMITMENT_AREAS, type CommitmentArea } from '../../../common/contracts/commitments.ts'
import type { DocumentLayout } from '../../../common/contracts/reports.ts'
import { RATING_LEVELS } from '../../../common/contracts/rules.ts'
import { formatDateVi, vietnameseDateLine } from '../../../common/dates.ts'
import type { CommitmentForm, DecidedRow, LevelTotals, RatingSummary } from './reports.data.ts'
import type { Block, DocModel, SignatureModel, TableRowModel } from './reports.docx.ts'
import { numberLine, type Issuer } from './reports.issuer.ts'
import {
  LAYOUTS, LEVELS, TEMPLATE_VERSIONS, fill, templateFor, type DocumentTemplate,
} from './reports.templates.ts'

const count = new Intl.NumberFormat('vi-VN')
const share = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })
/** "1.234" */
export const formatCount = (n: number) => count.format(n)
/** "12,5%" (one decimal at most); 0% when there is nothing to divide by. */
export const formatPercent = (part: number, whole: number) => `${share.format(whole > 0 ? (100 * part) / whole : 0)}%`

export interface Common {
  layout: DocumentLayout
  issuer: Issuer
  /** ISO date of the document. */
  date: string
  signer: string | null
  number?: string | null
}

export function header(template: DocumentTemplate, c: Common): DocModel['header'] {
  return {
    superior: c.issuer.superior,
    body: c.issuer.body,
    numberLine: template.typeCode ? numberLine(LAYOUTS[c.layout].numberPattern, template.typeCode, c.issuer.symbol, c.number) : null,
    dateLine: `${c.issuer.place}, ${vietnameseDateLine(c.date)}`,
  }
}

export function issuerSignature(c: Common, heading: string[], hint: string | null): SignatureModel {
  return { lines: [...heading, ...(c.issuer.authority ? [c.issuer.authority] : []), c.issuer.signerTitle], hint, name: c.signer }
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] })
const values = (c: Common, year: number, extra: Record<string, string | number> = {}) =>
  ({ year, issuer: c.issuer.name, superior: c.issuer.superiorName ?? '', ...extra })

export function recipients(template: DocumentTemplate, c: Common, v: Record<string, string | number>): string[] {
  return template.recipients[c.layout].filter((r) => !r.includes('{superior}') || c.issuer.superiorName).map((r) => fill(r, v))
}

/** The member's commitment form: identity, the theme studied, the items by area, the cell's and the member's signatures. */
export function commitmentModel(form: CommitmentForm, cycle: { year: number; themeTitle: string }, unitName: string, c: Common): DocModel {
  const t = templateFor(TEMPLATE_VERSIONS.commitment, c.date)
  const x = t.text
  const v = values(c, cycle.year, { theme: cycle.themeTitle, date: form.approvedOn ? formatDateVi(form.approvedOn) : '' })
  const status = { draft: x.statusDraft, submitted: x.statusSubmitted, approved: x.statusApproved, returned: x.statusReturned }[form.status] ?? form.status
  const field = (label: string, value: string | null): Block => ({ kind: 'paragraph', indent: false, runs: [{ text: `${label}: ` }, { text: value || x.blank, bold: true }] })
  const rows: TableRowModel[] = []
  COMMITMENT_AREAS.map((area: CommitmentArea) => ({ area, items: form.items.filter((i) => i.area === area) }))
    .filter((g) => g.items.length > 0)
    .forEach((g, gi) => {
      rows.push({ group: `${gi + 1}. ${t.areas[g.area]}` })
      g.items.forEach((item, ii) => rows.push({ cells: [`${gi + 1}.${ii + 1}`, item.content, item.target, formatDateVi(item.deadline)] }))
    })
  const blocks: Block[] = [
    field(x.name, form.person.fullName),
    field(x.birthDate, formatDateVi(form.person.birthDate)),
    field(x.position, form.person.position),
    field(c.layout === 'party' ? x.unit : x.unitState, unitName),
    field(x.status, fill(status, v)),
    { kind: 'heading', text: x.study },
    paragraph(fill(x.studyText, v)),
    { kind: 'heading', text: x.follow },
    rows.length
      ? { kind: 'table', columns: [{ title: x.no, width: 1, align: 'center' }, { title: x.content, width: 5 }, { title: x.target, width: 3.2 }, { title: x.deadline, width: 1.8, align: 'center' }], rows }
      : paragraph(x.noItems),
    ...t.closing.map((p) => paragraph(fill(p, v))),
  ]
  const [cell, member] = t.signatures
  return {
    layout: c.layout,
    title: `${t.typeName} ${fill(t.summary[c.layout], v)} — ${form.person.fullName}`,
    header: header(t, c),
    typeName: t.typeName,
    summary: fill(t.summary[c.layout], v),
    blocks,
    signatures: [
      issuerSignature(c, cell.heading[c.layout], cell.hint),
      { lines: member.heading[c.layout], hint: member.hint, name: form.person.fullName },
    ],
    recipients: [],
  }
}

const decidedTotal = (t: LevelTotals) => RATING_LEVELS.reduce((s, l) => s + t.decided[l], 0)

/** The year-end report: totals by level (with shares of those decided), then a table by direct sub-unit. */
export function ratingSummaryModel(summary: RatingSummary, cycle: { year: number }, basis: string, c: Common): DocModel {
  const t = templateFor(TEMPLATE_VERSIONS.ratingSummary, c.date)
  const x = t.text
  const own = summary.organization
  const decided = decidedTotal(own)
  const v = values(c, cycle.year, {
    basis, people: formatCount(own.people), reviewed: formatCount(own.waiting + decided), decided: formatCount(decided),
    waiting: formatCount(own.waiting), notReviewed: formatCount(Math.max(0, own.people - own.waiting - decided)),
  })
  const levelRows: TableRowModel[] = [
    ...RATING_LEVELS.map((l, i) => ({ cells: [String(i + 1), LEVELS[l].name, formatCount(own.decided[l]), formatPercent(own.decided[l], decided)] })),
    { cells: ['', x.total, formatCount(decided), decided ? '100%' : '0%'], bold: true },
  ]
  const unitRow = (u: LevelTotals, no: string, name: string, bold = false): TableRowModel => ({
    cells: [no, name, formatCount(u.people), formatCount(decidedTotal(u)), ...RATING_LEVELS.map((l) => formatCount(u.decided[l])), formatCount(Math.max(0, u.people - decidedTotal(u)))],
    bold,
  })
  const byUnit: Block[] = summary.children.length
    ? [
        {
          kind: 'table', size: 12,
          columns: [
            { title: x.no, width: 0.9, align: 'center' }, { title: x.unit, width: 4.2 }, { title: x.people, width: 1.6, align: 'right' }, { title: x.decided, width: 1.5, align: 'right' },
            ...RATING_LEVELS.map((l) => ({ title: LEVELS[l].short, width: 1.4, align: 'right' as const })), { title: x.pending, width: 1.5, align: 'right' },
          ],
          rows: [...summary.children.map((u, i) => unitRow(u, String(i + 1), u.name)), unitRow(own, '', x.total, true)],
        },
        { kind: 'paragraph', indent: false, size: 12, runs: [{ text: x.legend, italic: true }] },
      ]
    : [paragraph(fill(x.noUnits, v))]
  return {
    layout: c.layout,
    title: `${t.typeName} ${fill(t.summary[c.layout], v)} — ${c.issuer.name}`,
    header: header(t, c),
    typeName: t.typeName,
    summary: fill(t.summary[c.layout], v),
    blocks: [
      ...t.intro.map((p) => paragraph(fill(p, v))),
      { kind: 'heading', text: x.general },
      paragraph(fill(x.totals, v)),
      paragraph(x.byLevel),
      { kind: 'table', columns: [{ title: x.no, width: 1, align: 'center' }, { title: x.level, width: 6 }, { title: x.count, width: 2, align: 'right' }, { title: x.percent, width: 1.6, align: 'right' }], rows: levelRows },
      { kind: 'heading', text: x.byUnit },
      ...byUnit,
      ...t.closing.map((p) => paragraph(fill(p, v))),
    ],
    signatures: [issuerSignature(c, t.signatures[0].heading[c.layout], t.signatures[0].hint)],
    recipients: recipients(t, c, v),
  }
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V']

/** The decision list: decided members grouped by level, numbered within each group. */
export function ratingDecisionsModel(rows: DecidedRow[], cycle: { year: number }, basis: string, c: Common): DocModel {
  const t = templateFor(TEMPLATE_VERSIONS.ratingDecisions, c.date)
  const x = t.text
  const v = values(c, cycle.year, { basis })
  const table: TableRowModel[] = []
  RATING_LEVELS.map((level) => ({ level, people: rows.filter((r) => r.level === level) }))
    .filter((g) => g.people.length > 0)
    .forEach((g, gi) => {
      table.push({ group: fill(x.group, { numeral: ROMAN[gi], level: LEVELS[g.level].name, count: formatCount(g.people.length) }) })
      g.people.forEach((p, i) => table.push({ cells: [String(i + 1), p.fullName, p.position ?? '', p.unit, LEVELS[p.level].name] }))
    })
  return {
    layout: c.layout,
    title: `${t.typeName} ${fill(t.summary[c.layout], v)} — ${c.issuer.name}`,
    header: header(t, c),
    typeName: t.typeName,
    summary: fill(t.summary[c.layout], v),
    blocks: [
      ...t.intro.map((p) => paragraph(fill(p, v))),
      ...(rows.length
        ? [
            {
              kind: 'table' as const, size: 12,
              columns: [{ title: x.no, width: 0.8, align: 'center' as const }, { title: x.name, width: 3 }, { title: x.position, width: 2.6 }, { title: x.unit, width: 3 }, { title: x.level, width: 2.6 }],
              rows: table,
            },
            paragraph(fill(x.total, { count: formatCount(rows.length) })),
          ]
        : [paragraph(x.none)]),
      ...t.closing.map((p) => paragraph(fill(p, v))),
    ],
    signatures: [issuerSignature(c, t.signatures[0].heading[c.layout], t.signatures[0].hint)],
    recipients: recipients(t, c, v),
  }
}
