// What an uploaded file is, and whether an .xlsx may be opened at all: its zip directory is read before anything is
// unpacked (entry count, declared sizes, compression ratio), and macros, external links and giant sheets are refused.
import yauzl from 'yauzl'
import { AppError } from '../../lib/errors.ts'

export interface ArchiveLimits {
  /** Entries in the zip (a workbook has a few dozen). */
  maxEntries: number
  /** All entries unpacked. */
  maxUncompressedBytes: number
  /** One worksheet unpacked (≈150,000 rows of ten columns fit in 120 MB). */
  maxSheetBytes: number
  /** Unpacked / packed of one entry, for entries over 1 MB: zip bombs compress thousands of times. */
  maxRatio: number
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 2000,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxSheetBytes: 250 * 1024 * 1024,
  maxRatio: 200,
}

export type FileKind = 'xlsx' | 'csv'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b)

const refuse = (key: 'importNotSpreadsheet' | 'importOldExcel' | 'importHostileFile', reason = '') =>
  new AppError(key === 'importHostileFile' ? 'validation_failed' : 'unsupported_media_type', key, { reason })

/** By content, never by the name or the declared type: a zip is an .xlsx candidate, text without NUL bytes is CSV. */
export function sniffFile(buf: Buffer): FileKind {
  if (buf.length === 0) throw refuse('importNotSpreadsheet')
  if (startsWith(buf, ZIP)) return 'xlsx'
  if (startsWith(buf, OLE)) throw refuse('importOldExcel')
  // Excel's "Unicode Text" (tab-separated UTF-16 with a byte-order mark).
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return 'csv'
  const head = buf.subarray(0, 64 * 1024)
  if (head.includes(0)) throw refuse('importNotSpreadsheet')
  const text = head.toString('latin1').trimStart().toLowerCase()
  if (text.startsWith('<') || text.startsWith('{\\rtf') || text.startsWith('%pdf')) throw refuse('importNotSpreadsheet')
  return 'csv'
}

interface EntryInfo {
  name: string
  compressed: number
  uncompressed: number
  encrypted: boolean
}

function listEntries(buf: Buffer, maxEntries: number): Promise<EntryInfo[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(refuse('importHostileFile', 'zip'))
      if (zip.entryCount > maxEntries) {
        zip.close()
        return reject(refuse('importHostileFile', 'entries'))
      }
      const entries: EntryInfo[] = []
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push({ name: e.fileName, compressed: e.compressedSize, uncompressed: e.uncompressedSize, encrypted: (e.generalPurposeBitFlag & 1) !== 0 })
        zip.readEntry()
      })
      zip.on('end', () => resolve(entries))
      zip.on('error', () => reject(refuse('importHostileFile', 'zip')))
      zip.readEntry()
    })
  })
}

/** Refuses, with the reason, an .xlsx that is not a plain workbook of values. Nothing is unpacked here. */
export async function checkWorkbookArchive(buf: Buffer, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<void> {
  const entries = await listEntries(buf, limits.maxEntries)
  const names = new Set(entries.map((e) => e.name.toLowerCase()))
  if (!names.has('xl/workbook.xml') || !names.has('[content_types].xml')) throw refuse('importNotSpreadsheet')
  if (entries.some((e) => e.encrypted)) throw refuse('importHostileFile', 'encrypted')
  if (entries.some((e) => /vbaproject\.bin$/i.test(e.name) || /\.(bin|exe|dll|js|vbs)$/i.test(e.name) && !/printerSettings/i.test(e.name)))
    throw refuse('importHostileFile', 'macros')
  if (entries.some((e) => /^xl\/externallinks\//i.test(e.name))) throw refuse('importHostileFile', 'externalLinks')
  let total = 0
  for (const e of entries) {
    total += e.uncompressed
    if (total > limits.maxUncompressedBytes) throw refuse('importHostileFile', 'size')
    if (e.uncompressed > 1024 * 1024 && e.uncompressed > limits.maxRatio * Math.max(1, e.compressed)) throw refuse('importHostileFile', 'ratio')
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) && e.uncompressed > limits.maxSheetBytes) throw refuse('importHostileFile', 'sheet')
  }
}
