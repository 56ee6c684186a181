// One renderer for both formats (docx package): A4 portrait, the format's margins, Times New Roman everywhere; the
// header block as a borderless two-column table; page numbers centred in the top margin, not on page 1; body tables
// whose header rows repeat on every page; the signature block and "Nơi nhận" at the end.
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow,
  TextRun, VerticalAlignTable, WidthType, type ParagraphChild,
} from 'docx'
import type { DocumentLayout } from '../../../common/contracts/reports.ts'
import { LAYOUTS, type LayoutRules } from './reports.templates.ts'

export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
}

export type Align = 'left' | 'center' | 'right' | 'justify'

export interface Column {
  title: string
  /** Relative width. */
  width: number
  align?: Align
}

export type TableRowModel = { cells: string[]; bold?: boolean } | { group: string }

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: Run[]; indent?: boolean; align?: Align; size?: number }
  | { kind: 'table'; columns: Column[]; rows: TableRowModel[]; size?: number }

export interface SignatureModel {
  /** Bold capital lines: "XÁC NHẬN CỦA CHI BỘ", "T/M CHI BỘ", "BÍ THƯ". */
  lines: string[]
  hint: string | null
  /** The signer's name under the room to sign; null leaves it to be written by hand. */
  name: string | null
}

export interface DocModel {
  layout: DocumentLayout
  title: string
  header: {
    superior: string[]
    body: string[]
    /** Null for a form without a number. */
    numberLine: string | null
    dateLine: string
  }
  typeName: string
  summary: string
  blocks: Block[]
  /** One (on the right) or two (left, right). */
  signatures: SignatureModel[]
  /** Without the heading "Nơi nhận:"; each line gets its leading "- ". Empty: no block. */
  recipients: string[]
}

/** Page and margins in twips: A4 is 11906 × 16838. */
export const A4 = { width: 11906, height: 16838 }
const half = (pt: number) => pt * 2
/** Millimetres to twips, rounded (20 mm → 1134, 30 mm → 1701, 15 mm → 850). */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4)
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const
const NONE = TableBorders.NONE
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' }

function textWidth(rules: LayoutRules): number {
  return A4.width - twips(rules.marginsMm.left) - twips(rules.marginsMm.right)
}

function line(text: string, size: number, opts: { bold?: boolean; italic?: boolean; underline?: boolean; align?: Align; after?: number } = {}) {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'center'],
    spacing: { before: 0, after: opts.after ?? 0, line: 240 },
    children: [new TextRun({ text, size: half(size), bold: opts.bold, italics: opts.italic, underline: opts.underline ? {} : undefined })],
  })
}

/** A short horizontal rule, centred in `width`: an empty paragraph with a bottom border, narrowed by its indents. */
function rule(width: number, length: number) {
  const side = Math.max(0, Math.round((width - length) / 2))
  return new Paragraph({ indent: { left: side, right: side }, spacing: { before: 0, after: 60, line: 120 }, border: { bottom: thin }, children: [new TextRun({ text: '', size: 4 })] })
}

function cell(children: (Paragraph | Table)[], width: number, opts: { borders?: boolean; span?: number; align?: 'top' | 'center' } = {}) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: opts.align === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    borders: opts.borders ? undefined : NONE,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  })
}

function layoutTable(widths: number[], rows: TableRow[]) {
  return new Table({ rows, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, borders: NONE, alignment: AlignmentType.CENTER })
}

/** The header block: bodies and number on the left; the Party's title or the quốc hiệu and tiêu ngữ, and the date, on the right. */
function headerBlock(model: DocModel, rules: LayoutRules, width: number): Table {
  const left = Math.round((width * rules.leftColumnPercent) / 100)
  const right = width - left
  const leftTop = [
    ...model.header.superior.map((s) => line(s, rules.bodyNames)),
    ...model.header.body.map((s) => line(s, rules.bodyNames, { bold: true })),
    model.layout === 'party' ? line('*', rules.bodyNames) : rule(left, Math.round(left / 3)),
  ]
  const motto = rules.motto.lines.map((text, i) => {
    const last = i === rules.motto.lines.length - 1
    return line(text, rules.motto.sizes[i], { bold: true, underline: last && rules.motto.ruleUnderLast })
  })
  const number = model.header.numberLine ? [line(model.header.numberLine, rules.numberLine)] : [line('', rules.numberLine)]
  const date = [line(model.header.dateLine, rules.dateLine, { italic: true })]
  return layoutTable([left, right], [
    new TableRow({ children: [cell(leftTop, left), cell(motto, right)] }),
    new TableRow({ children: [cell(number, left), cell(date, right)] }),
  ])
}

function titleBlock(model: DocModel, rules: LayoutRules, width: number): Paragraph[] {
  const mark = rules.summaryMark === 'hyphens' ? line('-----', rules.summary, { after: 240 }) : rule(width, Math.round(width / 4))
  return [
    new Paragraph({ spacing: { before: 360, after: 0 }, children: [] }),
    line(model.typeName, rules.typeName, { bold: true }),
    line(model.summary, rules.summary, { bold: true }),
    mark,
  ]
}

function runs(list: Run[], size?: number): ParagraphChild[] {
  return list.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic, size: size ? half(size) : undefined }))
}

function bodyTable(block: Extract<Block, { kind: 'table' }>, rules: LayoutRules, width: number): Table {
  const size = block.size ?? rules.table
  const total = block.columns.reduce((s, c) => s + c.width, 0)
  const widths = block.columns.map((c) => Math.floor((width * c.width) / total))
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0)
  const para = (text: string, align: Align, bold = false) =>
    new Paragraph({ alignment: ALIGN[align], spacing: { before: 20, after: 20, line: 240 }, children: [new TextRun({ text, bold, size: half(size) })] })
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell([para(c.title, 'center', true)], widths[i], { borders: true, align: 'center' })),
  })
  const body = block.rows.map((row) =>
    'group' in row
      ? new TableRow({ cantSplit: true, children: [cell([para(row.group, 'left', true)], width, { borders: true, span: block.columns.length })] })
      : new TableRow({ cantSplit: true, children: row.cells.map((text, i) => cell([para(text, block.columns[i].align ?? 'left', row.bold)], widths[i], { borders: true, align: 'center' })) }),
  )
  return new Table({ rows: [head, ...body], width: { size: width, type: WidthType.DXA }, columnWidths: widths, borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin } })
}

function blocks(model: DocModel, rules: LayoutRules, width: number): (Paragraph | Table)[] {
  return model.blocks.flatMap((b): (Paragraph | Table)[] => {
    if (b.kind === 'heading') return [new Paragraph({ spacing: { before: 120, after: 120 }, keepNext: true, children: [new TextRun({ text: b.text, bold: true })] })]
    if (b.kind === 'paragraph') {
      return [new Paragraph({ alignment: ALIGN[b.align ?? 'justify'], indent: b.indent === false ? undefined : { firstLine: 567 }, spacing: { before: 0, after: 120, line: 288 }, children: runs(b.runs, b.size) })]
    }
    return [bodyTable(b, rules, width), new Paragraph({ spacing: { after: 120 }, children: [] })]
  })
}

function signatureParagraphs(s: SignatureModel): Paragraph[] {
  return [
    ...s.lines.map((text) => line(text, 14, { bold: true })),
    ...(s.hint ? [line(s.hint, 14, { italic: true })] : []),
    ...Array.from({ length: 4 }, () => line('', 14)),
    line(s.name ?? '', 14, { bold: true }),
  ]
}

function recipientParagraphs(lines: string[], rules: LayoutRules): Paragraph[] {
  if (lines.length === 0) return [line('', rules.recipients)]
  return [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: half(rules.recipientsHeading) })] }),
    ...lines.map((l) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: `- ${l}`, size: half(rules.recipients) })] })),
  ]
}

/** Signatures at the end: recipients bottom-left with the signature on the right, or two signatures side by side. */
function closingBlock(model: DocModel, rules: LayoutRules, width: number): Table {
  const left = Math.round(width / 2)
  const right = width - left
  const [a, b] = model.signatures
  const leftCell = b ? signatureParagraphs(a) : recipientParagraphs(model.recipients, rules)
  const rightCell = signatureParagraphs(b ?? a)
  return layoutTable([left, right], [new TableRow({ cantSplit: true, children: [cell(leftCell, left), cell(rightCell, right)] })])
}

/** The document as a .docx file. */
export async function renderDocx(model: DocModel): Promise<Buffer> {
  const rules = LAYOUTS[model.layout]
  const width = textWidth(rules)
  const mm = rules.marginsMm
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(rules.pageNumber) })] })
  const doc = new Document({
    creator: 'Nêu Gương',
    title: model.title,
    description: rules.source,
    styles: {
      default: {
        document: {
          run: { font: rules.font, size: half(rules.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { line: 240 } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: A4.width, height: A4.height },
          margin: {
            top: twips(mm.top), bottom: twips(mm.bottom),
            left: twips(mm.left), right: twips(mm.right),
            header: twips(mm.header), footer: twips(mm.header),
          },
        },
        // Page numbers in the top margin from page 2 on: page 1 has its own, empty header.
        titlePage: true,
      },
      headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children: [
        headerBlock(model, rules, width),
        ...titleBlock(model, rules, width),
        ...blocks(model, rules, width),
        closingBlock(model, rules, width),
      ],
    }],
  })
  return Packer.toBuffer(doc)
}
