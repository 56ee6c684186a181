// Unicode hygiene for every text input: NFC, no invisible or bidi control characters.

const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

export function nfc(s: string): string {
  return s.normalize('NFC')
}

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '')
}

export function cleanText(s: string): string {
  return nfc(stripInvisible(s)).trim()
}

export function cleanName(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ')
}
