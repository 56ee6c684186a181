// Random secrets: 256 bits from the CSPRNG, stored only as SHA-256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const randomToken = (prefix = '') => prefix + randomBytes(32).toString('base64url')
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
