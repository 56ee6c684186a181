// Screening PDFs sent by citizens before they are kept as sent: a PDF (signature first, end marker last), not encrypted,
// and without active content — scripts, launching programs, files carried inside, Flash. Dictionaries are read where a
// reader finds them: in the file's own syntax, and in object streams (PDF 1.5+), which are deflated and read too.
// A screening by syntax, not a full parser: it refuses what a reader would run, and may rarely refuse an odd file.
import { inflateSync } from 'node:zlib'

export type PdfProblem = 'invalid' | 'encrypted' | 'active' | 'unchecked'

/** Names whose presence makes a PDF act rather than show. `/JS` is matched with its value (see jsAt), being short. */
const ACTIVE = new Set(['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia'])
/** Filters under which an object stream could hide its dictionaries from this screening. */
const OPAQUE_FILTERS = new Set(['ASCIIHexDecode', 'ASCII85Decode', 'LZWDecode', 'RunLengthDecode'])
/** Decompressed object streams read, in all: beyond it a PDF with object streams cannot be vouched for. */
const MAX_INFLATED = 64 * 1024 * 1024
/** How much of each deflated stream is opened to see whether it is an object stream. */
const PROBE_BYTES = 2048

const NAME = /\/([^\s()<>[\]{}/%]+)/g
/** After the key `/JS`: its value, a string `(…)`, a hex string `<…>` or a reference `12 0 R` (comments allowed between). */
const JS_VALUE = /(?:\s|%[^\r\n]*[\r\n])*(?:[(<]|\d+\s+\d+\s+R)/y
/** An object stream opens with pairs of integers (object number, offset); some page contents do too, and are read. */
const OBJECT_STREAM_HEAD = /^(?:\s|%[^\r\n]*[\r\n])*\d+\s+\d+\s/
const STREAM = /(?<!end)stream\r?\n/g

const decodeName = (raw: string) => raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

function jsAt(text: string, at: number): boolean {
  JS_VALUE.lastIndex = at
  return JS_VALUE.test(text)
}

/** The first problem among the names of a piece of PDF syntax; also collects the names seen. */
function scan(text: string, seen: Set<string>): PdfProblem | null {
  for (const m of text.matchAll(NAME)) {
    const name = decodeName(m[1])
    seen.add(name)
    if (ACTIVE.has(name) || (name === 'JS' && jsAt(text, m.index + m[0].length))) return 'active'
    if (name === 'Encrypt') return 'encrypted'
  }
  return null
}

const isZlibHeader = (b0: number | undefined, b1: number | undefined) =>
  b0 !== undefined && b1 !== undefined && (b0 & 0x0f) === 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 === 0

const SYNC = { finishFlush: 2 /* Z_SYNC_FLUSH: a cut-off input gives what it holds */ }

/** The problem of a PDF kept as sent, or null when it passes. */
export function screenPdf(bytes: Buffer): PdfProblem | null {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 'invalid'
  if (!bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1').includes('%%EOF')) return 'invalid'
  const text = bytes.toString('latin1')
  const seen = new Set<string>()
  const direct = scan(text, seen)
  if (direct) return direct
  let budget = MAX_INFLATED
  let unread = false
  for (const m of text.matchAll(STREAM)) {
    const start = m.index + m[0].length
    if (!isZlibHeader(bytes[start], bytes[start + 1])) continue
    let head: string
    try {
      head = inflateSync(bytes.subarray(start, start + PROBE_BYTES), SYNC).toString('latin1')
    } catch {
      continue
    }
    if (!OBJECT_STREAM_HEAD.test(head)) continue
    try {
      const plain = inflateSync(bytes.subarray(start), { ...SYNC, maxOutputLength: Math.max(1, budget) })
      budget -= plain.length
      const found = scan(plain.toString('latin1'), seen)
      if (found) return found
    } catch {
      unread = true
    }
  }
  if (seen.has('ObjStm') && (unread || [...OPAQUE_FILTERS].some((f) => seen.has(f)))) return 'unchecked'
  return null
}
