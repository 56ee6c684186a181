// Reading a generated .docx in tests: its XML parts, and the text of its paragraphs.
import JSZip from 'jszip'

export interface DocxParts {
  document: string
  /** The headers the section uses: from page 2 on (default) and on page 1 (first). */
  headers: { default: string; first: string }
  settings: string
  styles: string
  /** Paragraph texts, one a line (table cells are paragraphs too). */
  text: string
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of each `<w:p>`, in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''))
}

export async function readDocx(body: Buffer | Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(body)
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('')
  const document = await read('word/document.xml')
  const rels = await read('word/_rels/document.xml.rels')
  const header = async (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(document)?.[1]
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels) : null
    return target ? read(`word/${target[1] ?? target[2]}`) : ''
  }
  const headers = { default: await header('default'), first: await header('first') }
  return { document, headers, settings: await read('word/settings.xml'), styles: await read('word/styles.xml'), text: paragraphs(document).join('\n') }
}
