// Sanitized rich text as Word paragraphs: each block a paragraph, emphasis as run properties, lists marked in the text
// and indented by level, quotes indented and italic, links as text and address, whitespace as a browser shows it.
import { Document, Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { paragraphs, readDocx } from '../test/docx.ts'
import { richTextToDocx } from './richtext.docx.ts'

async function documentXml(html: string): Promise<string> {
  const doc = new Document({ sections: [{ children: richTextToDocx(html) }] })
  return (await readDocx(await Packer.toBuffer(doc))).document
}
const texts = async (html: string) => paragraphs(await documentXml(html))

/** The paragraph properties of the paragraph whose text is `text`. */
async function paragraphProps(html: string, text: string): Promise<string> {
  const xml = await documentXml(html)
  const p = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find((m) => paragraphs(m[0])[0] === text)
  return p?.[1].match(/<w:pPr>[\s\S]*?<\/w:pPr>/)?.[0] ?? ''
}

describe('rich text as Word paragraphs', () => {
  it('makes one paragraph per block, with text outside blocks in one of its own', async () => {
    expect(await texts('Mở đầu <strong>đậm</strong><h2>Mục</h2><h3>Mục nhỏ</h3><p>Một</p><p>Hai</p>')).toEqual(['Mở đầu đậm', 'Mục', 'Mục nhỏ', 'Một', 'Hai'])
  })

  it('collapses whitespace as a browser does and decodes entities once', async () => {
    expect(await texts('<p>\n   Một   hai\n\tba  </p><p>&lt;b&gt; &amp;amp; &quot;x&quot;</p><p>   </p>')).toEqual(['Một hai ba', '<b> &amp; "x"'])
  })

  it('keeps emphasis as run properties and line breaks as breaks', async () => {
    const xml = await documentXml('<p>a <strong>b</strong> <em>c</em> <u>d</u> <s>e</s> <strong><em>f</em></strong><br>g</p>')
    const run = (text: string) => [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1].includes(`>${text}</w:t>`))?.[1] ?? ''
    expect(run('b')).toContain('<w:b/>')
    expect(run('c')).toContain('<w:i/>')
    expect(run('d')).toMatch(/<w:u w:val="single"\/>/)
    expect(run('e')).toContain('<w:strike/>')
    expect(run('f')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/)
    expect(run('a ')).not.toContain('<w:b/>')
    expect(xml).toContain('<w:br/>')
  })

  it('marks list items, numbers ordered ones per list, and indents by level', async () => {
    const html = '<ul><li><p>A</p><ol><li><p>A1</p></li><li><p>A2</p></li></ol></li><li>B</li></ul><ol><li>Một</li></ol>'
    expect(await texts(html)).toEqual(['• A', '1. A1', '2. A2', '• B', '1. Một'])
    expect(await paragraphProps(html, '• A')).toContain('w:left="567"')
    expect(await paragraphProps(html, '1. A1')).toContain('w:left="1134"')
  })

  it('indents quotes in italics', async () => {
    const props = await paragraphProps('<blockquote><p>Trích</p></blockquote>', 'Trích')
    expect(props).toContain('w:left="567"')
    expect(await documentXml('<blockquote><p>Trích</p></blockquote>')).toContain('<w:i/>')
  })

  it('writes a link as its text and its address, once', async () => {
    expect(await texts([
      '<p><a href="https://baoquangnam.vn/x">Báo</a></p>',
      '<p><a href="https://baoquangnam.vn/">https://baoquangnam.vn/</a></p>',
      '<p><a href="mailto:toasoan@bao.vn">toasoan@bao.vn</a> <a href="mailto:toasoan@bao.vn">Tòa soạn</a></p>',
    ].join(''))).toEqual(['Báo (https://baoquangnam.vn/x)', 'https://baoquangnam.vn/', 'toasoan@bao.vn Tòa soạn (toasoan@bao.vn)'])
  })

  it('gives nothing for empty content', () => {
    expect(richTextToDocx('')).toEqual([])
    expect(richTextToDocx('<p> </p><ul><li></li></ul>')).toEqual([])
  })
})
