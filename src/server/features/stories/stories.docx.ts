// A story as a Word file for a newspaper: the title, the byline, the lead in bold, the body (the sanitized HTML turned
// into paragraphs by lib/richtext.docx.ts), then each photo with its line "caption (Ảnh: credit)", then the tags.
// A4, Times New Roman 13 pt; photos embedded at the text's width (WebP, which Word does not read, as JPEG).
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import { asc, eq } from 'drizzle-orm'
import sharp from 'sharp'
import type { Db } from '../../db/client.ts'
import { richTextToDocx } from '../../lib/richtext.docx.ts'
import { A4, twips } from '../reports/reports.docx.ts'
import type { StoryView } from './stories.query.ts'
import { storyPhotos } from './stories.table.ts'

const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 }
/** The text's width in pixels at 96 to the inch (what docx sizes images in). */
const TEXT_WIDTH_PX = Math.floor(((210 - MARGINS_MM.left - MARGINS_MM.right) / 25.4) * 96)
const half = (pt: number) => pt * 2

/** "Chú thích (Ảnh: Nguồn)", "Ảnh: Nguồn", or the caption alone; null when there is neither. */
export function photoLine(caption: string | null, credit: string | null): string | null {
  if (caption && credit) return `${caption} (Ảnh: ${credit})`
  if (credit) return `Ảnh: ${credit}`
  return caption || null
}

async function photoParagraphs(db: Db, storyId: string): Promise<Paragraph[]> {
  const photos = await db.select().from(storyPhotos).where(eq(storyPhotos.storyId, storyId)).orderBy(asc(storyPhotos.position), asc(storyPhotos.createdAt), asc(storyPhotos.id))
  const out: Paragraph[] = []
  for (const p of photos) {
    const webp = p.mediaType === 'image/webp'
    const data = webp ? await sharp(Buffer.from(p.data)).jpeg({ quality: 85 }).toBuffer() : Buffer.from(p.data)
    const width = Math.min(TEXT_WIDTH_PX, p.width ?? TEXT_WIDTH_PX)
    const height = Math.round(width * ((p.height ?? 3) / (p.width ?? 4)))
    const line = photoLine(p.caption, p.credit)
    out.push(new Paragraph({
      alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 240, after: 60 },
      children: [new ImageRun({ type: p.mediaType === 'image/png' ? 'png' : 'jpg', data, transformation: { width, height }, altText: { name: p.fileName, description: line ?? '', title: line ?? '' } })],
    }))
    if (line) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: line, italics: true, size: half(12) })] }))
  }
  return out
}

export async function storyDocx(db: Db, view: StoryView): Promise<Buffer> {
  const s = view.row
  const children: Paragraph[] = [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: s.title, bold: true, size: half(16) })] }),
    ...(s.byline ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: s.byline, bold: true, size: half(12) })] })] : []),
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 240 }, children: [new TextRun({ text: s.lead, bold: true })] }),
    ...richTextToDocx(s.body),
    ...await photoParagraphs(db, s.id),
    ...(s.tags.length ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: 'Từ khóa: ', bold: true }), new TextRun({ text: s.tags.join(', ') })] })] : []),
  ]
  const doc = new Document({
    creator: 'Nêu Gương',
    title: s.title,
    description: `Bài viết của ${view.org.name}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: half(13), language: { value: 'vi-VN' } }, paragraph: { spacing: { line: 288 } } } } },
    sections: [{
      properties: {
        page: {
          size: { width: A4.width, height: A4.height },
          margin: { top: twips(MARGINS_MM.top), bottom: twips(MARGINS_MM.bottom), left: twips(MARGINS_MM.left), right: twips(MARGINS_MM.right) },
        },
      },
      children,
    }],
  })
  return Packer.toBuffer(doc)
}
