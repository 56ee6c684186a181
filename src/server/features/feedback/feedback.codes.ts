// Tracking codes: 27 symbols from an alphabet of 30 letters and digits (no 0/O, 1/I/L, U): 132 random bits, shown
// grouped in fours. Only the SHA-256 of a code is stored, so a copy of the database does not open anyone's case.
import { createHash, randomBytes } from 'node:crypto'

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 27

export function newTrackingCode(): string {
  const bytes = randomBytes(LENGTH * 2)
  let code = ''
  // Rejection sampling keeps every symbol equally likely.
  for (let i = 0; code.length < LENGTH; i++) {
    const byte = i < bytes.length ? bytes[i] : randomBytes(1)[0]
    if (byte < 240) code += ALPHABET[byte % ALPHABET.length]
  }
  return code
}

/** "ABCD-EFGH-…" for reading aloud and copying. */
export const formatTrackingCode = (code: string) => code.match(/.{1,4}/g)!.join('-')

/** A code as typed (any case, dashes or spaces) → its canonical form, or null when it cannot be one. */
export function parseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== LENGTH) return null
  for (const ch of code) if (!ALPHABET.includes(ch)) return null
  return code
}

export const hashTrackingCode = (code: string) => createHash('sha256').update(`neuguong-feedback:${code}`).digest('hex')
