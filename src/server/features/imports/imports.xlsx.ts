// A streaming reader for the first worksheet of an .xlsx, written for imports: exceljs's streaming reader decodes each
// inflated chunk on its own and so corrupts a Vietnamese letter cut between two chunks ("Nữ" → "N��"). Here the sheet
// is decoded with one streaming TextDecoder and parsed with saxes; values only (a formula's stored result, never the
// formula); each text run keeps its font name (.VnTime, VNI-Times…) so legacy text is decoded run by run.
import type { Readable } from 'node:stream'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import yauzl from 'yauzl'

export interface TextRun {
  text: string
  font: string | null
}

export type XlsxValue =
  | { kind: 'text'; runs: TextRun[] }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'bool'; value: boolean }

export interface XlsxRow {
  row: number
  /** Sparse: index = column (0-based). */
  cells: (XlsxValue | undefined)[]
}

interface Styles {
  /** Per cell format (xf): the font's name and whether its number format is a date. */
  xfs: { font: string | null; date: boolean }[]
}

type Entries = Map<string, yauzl.Entry>

function openZip(buf: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Entries }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'))
      const entries: Entries = new Map()
      zip.on('entry', (e: yauzl.Entry) => {
        entries.set(e.fileName.replace(/^\//, ''), e)
        zip.readEntry()
      })
      zip.on('end', () => resolve({ zip, entries }))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err ?? new Error('zip')) : resolve(stream))))
}

/** Parses an entry as XML events, decoding UTF-8 across chunk boundaries. */
async function* xmlEvents(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): AsyncGenerator<XmlEvent[]> {
  if (!entry) return
  const parser = new SaxesParser()
  const decoder = new TextDecoder('utf-8')
  let events: XmlEvent[] = []
  let error: Error | null = null
  parser.on('error', (e) => (error = e))
  parser.on('opentag', (tag) => events.push({ type: 'open', tag: tag as SaxesTagPlain }))
  parser.on('closetag', (tag) => events.push({ type: 'close', name: localName(tag.name) }))
  parser.on('text', (text) => events.push({ type: 'text', text }))
  for await (const chunk of await entryStream(zip, entry)) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }))
    if (error) throw error
    yield events
    events = []
  }
  parser.write(decoder.decode())
  parser.close()
  if (error) throw error
  yield events
}

type XmlEvent = { type: 'open'; tag: SaxesTagPlain } | { type: 'close'; name: string } | { type: 'text'; text: string }

const localName = (name: string) => name.slice(name.indexOf(':') + 1)
const attr = (tag: SaxesTagPlain, name: string) => {
  for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === name) return String(v)
  return undefined
}

async function* flatEvents(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): AsyncGenerator<XmlEvent> {
  for await (const batch of xmlEvents(zip, entry)) yield* batch
}

/** Built-in number formats that are dates (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57])
const isDateFormat = (code: string) => /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && !/^general$/i.test(code)

async function readStyles(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<Styles> {
  const formats = new Map<number, string>()
  const fonts: (string | null)[] = []
  const xfs: Styles['xfs'] = []
  let section = ''
  let inFont = false
  const pending: { numFmtId: number; fontId: number }[] = []
  for await (const e of flatEvents(zip, entry)) {
    if (e.type === 'open') {
      const name = localName(e.tag.name)
      if (name === 'fonts' || name === 'cellXfs' || name === 'cellStyleXfs' || name === 'numFmts') section = name
      else if (name === 'numFmt') formats.set(Number(attr(e.tag, 'numFmtId')), attr(e.tag, 'formatCode') ?? '')
      else if (name === 'font' && section === 'fonts') {
        inFont = true
        fonts.push(null)
      } else if (name === 'name' && inFont) fonts[fonts.length - 1] = attr(e.tag, 'val') ?? null
      else if (name === 'xf' && section === 'cellXfs') pending.push({ numFmtId: Number(attr(e.tag, 'numFmtId') ?? 0), fontId: Number(attr(e.tag, 'fontId') ?? 0) })
    } else if (e.type === 'close') {
      if (e.name === 'font') inFont = false
      if (e.name === section) section = ''
    }
  }
  for (const x of pending) {
    const code = formats.get(x.numFmtId)
    xfs.push({ font: fonts[x.fontId] ?? null, date: code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(x.numFmtId) })
  }
  return { xfs }
}

/** Shared strings as runs (rich text keeps each run's font). */
async function readSharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<TextRun[][]> {
  const strings: TextRun[][] = []
  let runs: TextRun[] = []
  let font: string | null = null
  let inText = false
  let inPhonetic = false
  for await (const e of flatEvents(zip, entry)) {
    if (e.type === 'open') {
      const name = localName(e.tag.name)
      if (name === 'si') runs = []
      else if (name === 'r') font = null
      else if (name === 'rFont' && !inPhonetic) font = attr(e.tag, 'val') ?? null
      else if (name === 'rPh') inPhonetic = true
      else if (name === 't' && !inPhonetic) {
        inText = true
        runs.push({ text: '', font })
      }
    } else if (e.type === 'text' && inText) runs[runs.length - 1].text += e.text
    else if (e.type === 'close') {
      if (e.name === 't') inText = false
      else if (e.name === 'rPh') inPhonetic = false
      else if (e.name === 'si') strings.push(runs)
    }
  }
  return strings
}

async function firstSheetPath(zip: yauzl.ZipFile, entries: Entries): Promise<string | null> {
  let rid: string | undefined
  for await (const e of flatEvents(zip, entries.get('xl/workbook.xml'))) {
    if (e.type === 'open' && localName(e.tag.name) === 'sheet' && rid === undefined) rid = attr(e.tag, 'id')
  }
  let target: string | undefined
  for await (const e of flatEvents(zip, entries.get('xl/_rels/workbook.xml.rels'))) {
    if (e.type === 'open' && localName(e.tag.name) === 'Relationship' && attr(e.tag, 'Id') === rid) target = attr(e.tag, 'Target')
  }
  if (!target) return entries.has('xl/worksheets/sheet1.xml') ? 'xl/worksheets/sheet1.xml' : null
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`
}

const columnIndex = (ref: string) => {
  let n = 0
  for (const ch of ref) {
    const code = ch.charCodeAt(0)
    if (code < 65 || code > 90) break
    n = n * 26 + (code - 64)
  }
  return n - 1
}

/** Excel's serial day numbers (1900 system, its leap-year bug included; or the 1904 system). */
export const serialToIso = (serial: number, date1904 = false) =>
  new Date(Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10)

/** Rows of the workbook's first sheet, in order, as they are parsed. */
export async function* readXlsxRows(buf: Buffer): AsyncGenerator<XlsxRow> {
  const { zip, entries } = await openZip(buf)
  try {
    let date1904 = false
    for await (const e of flatEvents(zip, entries.get('xl/workbook.xml'))) {
      if (e.type === 'open' && localName(e.tag.name) === 'workbookPr') date1904 = /^(1|true)$/.test(attr(e.tag, 'date1904') ?? '')
    }
    const styles = await readStyles(zip, entries.get('xl/styles.xml'))
    const shared = await readSharedStrings(zip, entries.get('xl/sharedStrings.xml'))
    const path = await firstSheetPath(zip, entries)
    const sheet = path ? entries.get(path) : undefined
    if (!sheet) return

    let row: XlsxRow | null = null
    let nextRow = 1
    let cell: { col: number; type: string; style: number; value: string; inline: TextRun[] } | null = null
    let inValue = false
    let inInlineText = false
    let nextCol = 0
    const ready: XlsxRow[] = []
    const finishCell = () => {
      if (!row || !cell) return
      const xf = styles.xfs[cell.style] ?? { font: null, date: false }
      const v = cell.value
      let value: XlsxValue | undefined
      switch (cell.type) {
        case 's': {
          const runs = shared[Number(v)]
          if (runs) value = { kind: 'text', runs: runs.map((r) => ({ text: r.text, font: r.font ?? xf.font })) }
          break
        }
        case 'inlineStr':
          value = { kind: 'text', runs: cell.inline.map((r) => ({ text: r.text, font: r.font ?? xf.font })) }
          break
        case 'str':
          value = { kind: 'text', runs: [{ text: v, font: xf.font }] }
          break
        case 'b':
          value = { kind: 'bool', value: v === '1' }
          break
        case 'e':
          break
        case 'd':
          if (/^\d{4}-\d{2}-\d{2}/.test(v)) value = { kind: 'date', iso: v.slice(0, 10) }
          break
        default: {
          const n = Number(v)
          if (v !== '' && Number.isFinite(n)) value = xf.date && n >= 1 && n < 2_958_466 ? { kind: 'date', iso: serialToIso(n, date1904) } : { kind: 'number', value: n }
        }
      }
      if (value) row.cells[cell.col] = value
      cell = null
    }
    for await (const batch of xmlEvents(zip, sheet)) {
      for (const e of batch) {
        if (e.type === 'open') {
          const name = localName(e.tag.name)
          if (name === 'row') {
            const r = Number(attr(e.tag, 'r') ?? nextRow)
            row = { row: r, cells: [] }
            nextRow = r + 1
            nextCol = 0
          } else if (name === 'c' && row) {
            const ref = attr(e.tag, 'r')
            const col = ref ? columnIndex(ref) : nextCol
            nextCol = col + 1
            cell = { col, type: attr(e.tag, 't') ?? 'n', style: Number(attr(e.tag, 's') ?? 0), value: '', inline: [] }
          } else if (name === 'v' && cell) inValue = true
          else if (name === 't' && cell?.type === 'inlineStr') {
            inInlineText = true
            cell.inline.push({ text: '', font: null })
          }
        } else if (e.type === 'text') {
          if (inValue && cell) cell.value += e.text
          else if (inInlineText && cell) cell.inline[cell.inline.length - 1].text += e.text
        } else if (e.name === 'v') inValue = false
        else if (e.name === 't') inInlineText = false
        else if (e.name === 'c') finishCell()
        else if (e.name === 'row' && row) {
          ready.push(row)
          row = null
        }
      }
      yield* ready.splice(0)
    }
  } finally {
    zip.close()
  }
}
