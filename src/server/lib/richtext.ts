// Rich text (a model's story, a story's body) is HTML from the editor, kept only through an allowlist on every write:
// paragraphs, two heading levels, emphasis, lists, quotes and links to http(s) or mailto. No attributes but a link's
// href (rel and target are set here), no images (photos are separate, with captions), no styles, no classes. The web
// app renders only what this returns, and documents are built from it, never from what was sent.
import sanitizeHtml from 'sanitize-html'
import { nfc } from '../../common/text/index.ts'

export const RICH_TEXT_TAGS = ['p', 'br', 'h2', 'h3', 'strong', 'em', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a'] as const

const options: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  // rel and target are set by the transform below, which runs before this filter.
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The contents of these are dropped with them; other unknown tags keep their text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'title', 'head'],
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h4: 'h3',
    h5: 'h3',
    h6: 'h3',
    div: 'p',
    // Only an absolute http(s) or mailto address makes a link; any other (script, data, relative, protocol-relative,
    // hidden behind control characters) loses it here, and the filter below unwraps the link to its text. Deciding
    // here, not after the scheme filter, keeps sanitizing idempotent: no href-less <a> with rel and target left over.
    // (Not renamed to a disallowed tag: sanitize-html then closes the next link at that depth with that tag's name.)
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href)
      return { tagName: 'a', attribs: href ? { href, rel: 'noopener noreferrer nofollow', target: '_blank' } : {} }
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
}

/** The address as kept: absolute http(s) or mailto, no control, format or space characters inside; else null. */
function safeHref(raw: string | undefined): string | null {
  const href = (raw ?? '').trim()
  if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(href)) return null
  return /^(https?:\/\/[^/\\]|mailto:[^/\\])/i.test(href) ? href : null
}

/** The allowed subset of `html`, NFC-normalized; '' when nothing but whitespace and empty paragraphs remain. */
export function sanitizeRichText(html: string): string {
  const clean = sanitizeHtml(nfc(html), options).trim()
  return richTextToPlain(clean) === '' ? '' : clean
}

/** The text of sanitized rich text, paragraphs separated by blank lines (for search, share cards and lengths). */
export function richTextToPlain(html: string): string {
  const spaced = html.replace(/<\/(p|h2|h3|li|blockquote)>|<br\s*\/?>/g, '$&\n')
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
  return decodeEntities(text).replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim()
}

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
}
