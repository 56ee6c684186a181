// The rich-text sanitizer against an XSS corpus (OWASP filter-evasion cheat sheet, mXSS, HTML5 security cheat sheet):
// every result is parsed with htmlparser2 — not matched by regex — and must hold only allowed tags, no attribute but a
// link's href, rel and target, no event handler, no address outside http, https and mailto; sanitizing it again must
// change nothing. Then what the editor writes must come through unchanged.
import { Parser } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { RICH_TEXT_TAGS, richTextToPlain, sanitizeRichText } from './richtext.ts'

const CORPUS: string[] = [
  // Scripts and images
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<IMG DYNSRC="javascript:alert(\'XSS\')">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<BODY ONLOAD=alert(\'XSS\')>',
  '<body background="javascript:alert(1)">',
  // Links
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="\tjavascript:alert(1)">x</a>',
  '<a href="jav\tascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="jav&#x0D;ascript:alert(1)">x</a>',
  '<a href="java\u0000script:alert(1)">x</a>',
  '<a href="&#14;  javascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="VbScRiPt:msgbox(1)">x</a>',
  '<a href="//evil.example/x">x</a>',
  '<a href="\\\\evil.example\\x">x</a>',
  '<a href="/ben-trong">x</a>',
  '<a href="https:javascript:alert(1)">x</a>',
  '<a href="https://ok.vn" onclick="alert(1)" onmouseover="alert(2)">x</a>',
  '<a href="https://ok.vn" style="position:fixed;top:0;left:0;width:100%;height:100%">x</a>',
  '<a href="https://ok.vn" target="_self" rel="opener">x</a>',
  '<a href="mailto:a@b.vn?body=x" onfocus=alert(1) autofocus>x</a>',
  '<a href="feed:javascript:alert(1)">x</a>',
  '[bấm](javascript:alert(1))',
  '[bấm](https://ok.vn "title" onclick=alert(1))',
  // mXSS and parser differentials
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<style><img src="</style><img src=x onerror=alert(1)//">',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<plaintext><img src=x onerror=alert(1)>',
  '<template><img src=x onerror=alert(1)></template>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<p title="--><img src=x onerror=alert(1)>">x</p>',
  '<<p>script>alert(1)<</p>/script>',
  '<p/onmouseover=alert(1)>x</p>',
  '<p\nonclick=alert(1)>x</p>',
  '<P ONCLICK="alert(1)">x</P>',
  '<strong style="x:expression(alert(1))">x</strong>',
  // Styles, frames, objects, forms, documents
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div style="background-image: url(&#1;javascript:alert(1))">x</div>',
  '<style>@import "http://evil.example/xss.css";</style>',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<frameset><frame src="javascript:alert(1)"></frameset>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<form><button formaction="javascript:alert(1)">x</button></form>',
  '<isindex action="javascript:alert(1)" type=image>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<meta charset="x-imap4-modified-utf7">&ADz&AGn&AG0&AEf&ACA&AHM&AHI&AGO&AD0&AGn&ACA&AG8Abg&AGUAcgByAG8AcgA9AGEAbABlAHIAdAAoADEAKQ&ACAAPABi',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)>',
  '<keygen autofocus onfocus=alert(1)>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<x onclick=alert(1)>x</x>',
  '<h1 id="x" class="y" onclick=alert(1)>Tiêu đề</h1>',
  '<ul><li onclick=alert(1)>x</li></ul>',
  '<blockquote cite="javascript:alert(1)">x</blockquote>',
  '"><script>alert(document.cookie)</script>',
  '\'\'\';!--"<XSS>=&{()}',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '<a href="https://ok.vn/&quot;onmouseover=&quot;alert(1)">x</a>',
  '<a href=https://ok.vn/ onmouseover=alert(1)>x</a>',
]

const ALLOWED = new Set<string>(RICH_TEXT_TAGS)
const LINK_ATTRIBUTES = new Set(['href', 'rel', 'target'])

interface Finding {
  tags: string[]
  problems: string[]
}

/** What a browser-like parser finds in the output: every tag, and every rule broken. */
function inspect(html: string): Finding {
  const found: Finding = { tags: [], problems: [] }
  const parser = new Parser({
    onopentag(name, attribs) {
      found.tags.push(name)
      if (!ALLOWED.has(name)) found.problems.push(`tag <${name}>`)
      for (const [attr, value] of Object.entries(attribs)) {
        if (attr.startsWith('on')) found.problems.push(`event handler ${attr}`)
        if (name !== 'a' || !LINK_ATTRIBUTES.has(attr)) found.problems.push(`attribute ${attr} on <${name}>`)
        if (attr === 'href') {
          // As a browser would read it: control characters and surrounding whitespace ignored, entities decoded.
          const href = value.replace(/[\p{Cc}\s]/gu, '')
          let scheme = ''
          try {
            scheme = new URL(href).protocol
          } catch {
            scheme = 'relative'
          }
          if (!['http:', 'https:', 'mailto:'].includes(scheme)) found.problems.push(`href ${JSON.stringify(value)}`)
        }
      }
      if (name === 'a' && attribs.href && (attribs.target !== '_blank' || !/noopener/.test(attribs.rel ?? ''))) found.problems.push('link without rel=noopener')
    },
    oncomment() {
      found.problems.push('comment')
    },
    onprocessinginstruction(name) {
      found.problems.push(`instruction ${name}`)
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: true })
  parser.write(html)
  parser.end()
  return found
}

describe('the sanitizer against the XSS corpus', () => {
  it('has a corpus of at least 50 payloads', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50)
    expect(new Set(CORPUS).size).toBe(CORPUS.length)
  })

  it.each(CORPUS.map((payload, i) => [i, payload]))('payload %i leaves only allowed, inert markup, and sanitizing again changes nothing', (_i, payload) => {
    const once = sanitizeRichText(payload as string)
    expect(inspect(once).problems, once).toEqual([])
    expect(sanitizeRichText(once)).toBe(once)
    // Inside paragraphs and links too.
    const nested = sanitizeRichText(`<p>Trước <a href="https://ok.vn/">liên kết</a> ${payload} sau</p>`)
    expect(inspect(nested).problems, nested).toEqual([])
    expect(sanitizeRichText(nested)).toBe(nested)
  })

  it('is checked by an inspector that does see the danger in the raw payloads', () => {
    const raw = ['<img src=x onerror=alert(1)>', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href="//evil.example/x">x</a>', '<p style="x">y</p>', '<!--x-->', '<a href="https://ok.vn">x</a>']
    expect(raw.map((x) => inspect(x).problems)).toEqual([
      ['tag <img>', 'attribute src on <img>', 'event handler onerror', 'attribute onerror on <img>'],
      ['href "jav\\tascript:alert(1)"', 'link without rel=noopener'],
      ['href "//evil.example/x"', 'link without rel=noopener'],
      ['attribute style on <p>'],
      ['comment'],
      ['link without rel=noopener'],
    ])
    const flagged = CORPUS.filter((x) => inspect(x).problems.length > 0)
    expect(flagged.length).toBeGreaterThan(CORPUS.length * 0.8)
  })

  it('keeps no trace of a script, style or frame, not even its text', () => {
    for (const payload of ['<script>alert(1)</script>', '<style>p{color:red}</style>', '<iframe srcdoc="x">y</iframe>', '<svg><text>z</text></svg>', '<noscript>n</noscript>']) {
      expect(sanitizeRichText(`<p>A</p>${payload}<p>B</p>`)).toBe('<p>A</p><p>B</p>')
    }
  })

  it('unwraps a refused link to its text', () => {
    expect(sanitizeRichText('<p><a href="javascript:alert(1)">bấm <strong>đây</strong></a> rồi <a href="https://ok.vn">đây</a></p>')).toBe(
      '<p>bấm <strong>đây</strong> rồi <a href="https://ok.vn" rel="noopener noreferrer nofollow" target="_blank">đây</a></p>',
    )
  })
})

describe('what the editor writes', () => {
  it('comes through unchanged', () => {
    const html = [
      '<h2>Kết quả</h2><h3>Năm 2025</h3>',
      '<p>Chữ <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u>, <s>gạch ngang</s>.<br />Dòng mới.</p>',
      '<ul><li><p>Một</p></li><li><p>Hai</p><ol><li><p>Hai một</p></li></ol></li></ul>',
      '<blockquote><p>Trích lời Bác.</p></blockquote>',
      '<p><a href="https://baoquangnam.vn/bai?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank">Báo</a> và <a href="mailto:toasoan@baoquangnam.vn" rel="noopener noreferrer nofollow" target="_blank">thư</a></p>',
    ].join('')
    const clean = sanitizeRichText(html)
    expect(clean).toBe(html)
    expect(inspect(clean).problems).toEqual([])
  })

  it('maps b, i, h1, h4 and div to the allowed subset, NFC-normalizes, and reads empty content as empty', () => {
    expect(sanitizeRichText('<h1>A</h1><h4>B</h4><div><b>C</b> <i>D</i></div>')).toBe('<h2>A</h2><h3>B</h3><p><strong>C</strong> <em>D</em></p>')
    expect(sanitizeRichText('<p>Ho\u0300a</p>')).toBe('<p>Hòa</p>')
    expect(sanitizeRichText('<p> </p><p><br></p><script>x</script>')).toBe('')
  })

  it('gives the text for search and lengths', () => {
    expect(richTextToPlain('<h2>Tiêu đề</h2><p>Một &amp; hai &lt;b&gt;</p><ul><li>Ba</li></ul>')).toBe('Tiêu đề\nMột & hai <b>\nBa')
  })
})
