// Accent-insensitive search key: no diacritics, đ → d, lowercase, single spaces.

import { stripInvisible } from './normalize.ts'

export function fold(s: string): string {
  return stripInvisible(s)
    .normalize('NFC')
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
