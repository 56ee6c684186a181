// Sanitized rich text (lib/richtext.ts) as Word paragraphs (the docx package): paragraphs, two heading levels, bold,
// italic, underline, strikethrough, line breaks, bulleted and numbered lists (nested, marked in the text so no
// numbering definition is needed), quotes (indented, italic) and links as their text followed by the address — a
// document has no live links. Everything is text runs: nothing of the HTML can become markup in the document. Parsed
// with htmlparser2 (entities decoded, whitespace collapsed as a browser does).
import { Paragraph, TextRun } from 'docx'
import { Parser } from 'htmlparser2'

export interface RichTextDocxOptions {
  /** Body size in points (the document's default when left out). */
  size?: number
  /** Heading sizes in points. */
  headingSizes?: { h2: number; h3: number }
}

interface Piece {
  text: string
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  lineBreak?: boolean
}

interface Block {
  pieces: Piece[]
  heading: 2 | 3 | null
  quote: number
  listLevel: number
  /** "• " or "3. ", on the first paragraph of a list item. */
  marker: string | null
}

interface ListState {
  ordered: boolean
  next: number
}

const INDENT = 567 // 1 cm in twips
const half = (pt: number) => pt * 2
const BLOCKS = new Set(['p', 'h2', 'h3', 'li', 'blockquote', 'ul', 'ol'])

/** The address shown after a link's text: without "mailto:", and not repeated when the text already is it. */
function addressAfter(text: string, href: string): string | null {
  const shown = href.replace(/^mailto:/i, '')
  const said = text.trim()
  return said === href || said === shown ? null : shown
}

export function richTextToDocx(html: string, options: RichTextDocxOptions = {}): Paragraph[] {
  const out: Paragraph[] = []
  const lists: ListState[] = []
  const marks = { bold: 0, italic: 0, underline: 0, strike: 0 }
  const links: { href: string; text: string }[] = []
  let quote = 0
  let heading: 2 | 3 | null = null
  let block: Block | null = null
  /** A list item whose marker has not been written yet. */
  let markerDue: string | null = null

  const hasText = (b: Block | null) => Boolean(b?.pieces.some((p) => p.lineBreak || p.text.trim() !== ''))

  function flush() {
    if (block && hasText(block)) out.push(toParagraph(block, options))
    block = null
  }

  function open(): Block {
    if (block && !hasText(block)) return block
    flush()
    block = { pieces: [], heading, quote, listLevel: lists.length, marker: markerDue }
    markerDue = null
    return block
  }

  function piece(text: string, lineBreak = false): Piece {
    return { text, lineBreak, bold: marks.bold > 0 || heading !== null, italic: marks.italic > 0 || quote > 0, underline: marks.underline > 0, strike: marks.strike > 0 }
  }

  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'strong' || name === 'b') marks.bold++
      else if (name === 'em' || name === 'i') marks.italic++
      else if (name === 'u') marks.underline++
      else if (name === 's') marks.strike++
      else if (name === 'a') links.push({ href: attribs.href ?? '', text: '' })
      else if (name === 'br') (block ?? open()).pieces.push(piece('', true))
      else if (BLOCKS.has(name)) {
        flush()
        if (name === 'h2' || name === 'h3') heading = name === 'h2' ? 2 : 3
        else if (name === 'blockquote') quote++
        else if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', next: 1 })
        else if (name === 'li') {
          const list = lists.at(-1)
          markerDue = list?.ordered ? `${list.next++}. ` : '• '
        }
      }
    },
    ontext(raw) {
      const text = raw.replace(/\s+/g, ' ')
      for (const link of links) link.text += text
      const b = block ?? (text.trim() ? open() : null)
      if (!b) return
      // No leading space at the start of a paragraph or after a line break.
      const last = b.pieces.at(-1)
      const chunk = !last || last.lineBreak || /\s$/.test(last.text) ? text.replace(/^ /, '') : text
      if (chunk) b.pieces.push(piece(chunk))
    },
    onclosetag(name) {
      if (name === 'strong' || name === 'b') marks.bold--
      else if (name === 'em' || name === 'i') marks.italic--
      else if (name === 'u') marks.underline--
      else if (name === 's') marks.strike--
      else if (name === 'a') {
        const link = links.pop()
        const address = link?.href ? addressAfter(link.text, link.href) : null
        if (address && block) block.pieces.push({ ...piece(` (${address})`), underline: false })
      } else if (BLOCKS.has(name)) {
        flush()
        if (name === 'h2' || name === 'h3') heading = null
        else if (name === 'blockquote') quote = Math.max(0, quote - 1)
        else if (name === 'ul' || name === 'ol') lists.pop()
        else if (name === 'li') markerDue = null
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
  parser.write(html)
  parser.end()
  flush()
  return out
}

function toParagraph(b: Block, options: RichTextDocxOptions): Paragraph {
  const pieces = [...b.pieces]
  // No trailing space at the end of a paragraph.
  const last = pieces.at(-1)
  if (last && !last.lineBreak) pieces[pieces.length - 1] = { ...last, text: last.text.replace(/ $/, '') }
  const size = b.heading ? (b.heading === 2 ? options.headingSizes?.h2 ?? 14 : options.headingSizes?.h3 ?? 13) : options.size
  const runs = [
    ...(b.marker ? [new TextRun({ text: b.marker, size: size ? half(size) : undefined })] : []),
    ...pieces.filter((p) => p.lineBreak || p.text).map((p) => new TextRun({
      text: p.text, break: p.lineBreak ? 1 : undefined, bold: p.bold || undefined, italics: p.italic || (b.heading === 3) || undefined,
      underline: p.underline ? {} : undefined, strike: p.strike || undefined, size: size ? half(size) : undefined,
    })),
  ]
  const left = b.quote * INDENT + b.listLevel * INDENT
  return new Paragraph({
    children: runs,
    keepNext: b.heading !== null || undefined,
    spacing: { before: b.heading ? 240 : 0, after: 120 },
    indent: left ? { left, hanging: b.marker ? Math.round(INDENT / 2) : undefined } : undefined,
  })
}
