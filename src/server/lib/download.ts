// Headers of a file download (RFC 6266): an ASCII fallback name and the Vietnamese name as UTF-8 in filename*; stored
// photos and documents sent safely.
import type { FastifyReply } from 'fastify'
import { fold, nfc } from '../../common/text/index.ts'

/** Filename characters RFC 5987 lets through unencoded are few: everything else is percent-encoded as UTF-8. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * `attachment; filename="bao-cao-2026.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…`: the fallback folds the name (no
 * marks, đ → d, lowercase, words joined by '-'). Nothing of the name can break out of the header: quotes, slashes,
 * control and format characters (line breaks, bidi overrides) never survive. `extension` without its dot.
 */
export function attachmentDisposition(name: string, extension: string, fallback = 'tai-lieu'): string {
  const clean = nfc(name).replace(/[\p{Cc}\p{Cf}"\\/:*?<>|]+/gu, ' ').replace(/\s+/g, ' ').trim()
  const base = [...clean].slice(0, 120).join('').trim() || fallback
  const ascii = fold(base).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || fallback
  const ext = extension.replace(/[^a-z0-9]/gi, '')
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${rfc5987(`${base}.${ext}`)}`
}

/** Photos open in the browser (pages show them); PDFs are saved, never opened in the app's origin. */
function storedFileDisposition(fileName: string, mediaType: string): string {
  const dot = fileName.lastIndexOf('.')
  const header = attachmentDisposition(dot > 0 ? fileName.slice(0, dot) : fileName, dot > 0 ? fileName.slice(dot + 1) : 'bin', 'tep-dinh-kem')
  return mediaType === 'application/pdf' ? header : header.replace(/^attachment/, 'inline')
}

/**
 * A stored photo or document (feedback attachments, plan evidence), sent so that a browser never runs it: the stored
 * type, nosniff, a CSP that allows nothing, and a clean name. Pair the route with `onSend: privateNoStore`.
 */
export function sendStoredFile(reply: FastifyReply, file: { fileName: string; mediaType: string; data: Buffer }) {
  return reply
    .type(file.mediaType)
    .header('content-disposition', storedFileDisposition(file.fileName, file.mediaType))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'; sandbox")
    .send(file.data)
}

/** Set after the API's own `no-store` (route hooks run after the application's): private, never kept. */
export const privateNoStore = async (_req: unknown, reply: FastifyReply) => {
  reply.header('cache-control', 'private, no-store')
}
