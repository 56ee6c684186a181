// Legacy 8-bit Vietnamese text (TCVN3/ABC, VNI-Windows) that arrived mis-decoded as
// Latin-1/Windows-1252, e.g. from old .xls/.doc files: decoding, detection by content and by font.
// Decode before cleanText(): TCVN3 "ư" is U+00AD, which cleanText strips as a soft hyphen.

import { TCVN3_TABLE, VNI_TABLE } from './legacy-tables.ts'

export type LegacyEncoding = 'tcvn3' | 'vni'
export type DetectedEncoding = 'unicode' | 'ascii' | LegacyEncoding
export type FontEncoding = 'tcvn3' | 'tcvn3-upper' | 'vni'

export interface DecodeResult {
  text: string
  from: LegacyEncoding | 'nfd' | null
}

const TCVN3 = new Map(TCVN3_TABLE.map(([byte, letter]) => [String.fromCharCode(byte), letter]))

export function decodeTcvn3(s: string, opts: { uppercase?: boolean } = {}): string {
  let out = ''
  for (const ch of s) out += TCVN3.get(ch) ?? ch
  return opts.uppercase ? out.toUpperCase() : out
}

export function decodeVni(s: string): string {
  let out = ''
  let i = 0
  while (i < s.length) {
    const pair = i + 1 < s.length ? VNI_TABLE.get(s.slice(i, i + 2)) : undefined
    if (pair !== undefined) {
      out += pair
      i += 2
    } else {
      out += VNI_TABLE.get(s[i]) ?? s[i]
      i += 1
    }
  }
  return out
}

// Letters (and combining marks) that only Unicode Vietnamese text contains.
const VIETNAMESE_UNICODE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]|[\u0300-\u0303\u0306\u0309\u031B\u0323]/
const NON_ASCII = /[\u0080-\uFFFF]/
const CONSONANT = /[b-df-hj-np-tv-z]/i
const LETTER = /\p{L}/u
const TCVN3_HIGH = /[\u00A1-\u00BE]/
const TCVN3_AFTER_CONSONANT = new Set('äåçëïñøûü÷þß')
const TCVN3_CAPITAL_CODES = /[\u00C6-\u00DE]/
// Spellings that are VNI and also ordinary Unicode Vietnamese ("hoà", "khoá").
const AMBIGUOUS_VNI_PAIRS = new Set(['oà', 'oá', 'oã', 'OÀ', 'OÁ', 'OÃ'])
// VNI "uû" (ủ) is also TCVN3 "uỷ" at the end of a syllable (uỷ ban, thuỷ).
const VNI_U_HOI = 'uû'
const VNI_PAIRS = new Set([
  ...[...VNI_TABLE.keys()].filter((k) => k.length === 2 && !AMBIGUOUS_VNI_PAIRS.has(k)),
  'öô',
  'ÖÔ',
])
const VNI_VOWEL = /[aeiouöôAEIOUÖÔ]/

const isTcvn3High = (ch: string) => TCVN3_HIGH.test(ch) && TCVN3.has(ch)
const isTcvn3Capital = (ch: string) => TCVN3_CAPITAL_CODES.test(ch) && TCVN3.has(ch)
const isLetterLike = (ch: string) => LETTER.test(ch) || isTcvn3High(ch)
const isMidWordCapital = (prev: string, ch: string, next: string) =>
  isTcvn3Capital(ch) && LETTER.test(prev) && /[a-z]/.test(prev + next) && !VNI_PAIRS.has(prev + ch)

// Counts characters that only make sense as TCVN3: its high codes inside words, codes that are
// neither Unicode Vietnamese nor VNI after a consonant, and capitals in the middle of a word.
function tcvn3Evidence(s: string): number {
  let score = 0
  for (let i = 0; i < s.length; i++) {
    const [prev, ch, next] = [s[i - 1] ?? ' ', s[i], s[i + 1] ?? ' ']
    if (isTcvn3High(ch) && (isLetterLike(prev) || isLetterLike(next))) score++
    else if (TCVN3_AFTER_CONSONANT.has(ch) && CONSONANT.test(prev)) score++
    else if (isMidWordCapital(prev, ch, next)) score++
  }
  return score
}

// Counts VNI letter spellings (vowel + diacritic byte) and word-initial "ñ" (đ) before a vowel.
function vniEvidence(s: string): number {
  let score = 0
  for (let i = 0; i < s.length; i++) {
    const pair = s.slice(i, i + 2)
    const wordStart = !LETTER.test(s[i - 1] ?? ' ')
    if (pair === VNI_U_HOI) score += LETTER.test(s[i + 2] ?? ' ') ? 1 : 0
    else if (VNI_PAIRS.has(pair)) score++
    else if ((s[i] === 'ñ' || s[i] === 'Ñ') && wordStart && VNI_VOWEL.test(s[i + 1] ?? ' ')) score++
  }
  return score
}

export function detectEncoding(s: string): DetectedEncoding {
  if (!NON_ASCII.test(s)) return 'ascii'
  if (VIETNAMESE_UNICODE.test(s)) return 'unicode'
  const tcvn3 = tcvn3Evidence(s)
  const vni = vniEvidence(s)
  if (tcvn3 > vni) return 'tcvn3'
  if (vni > tcvn3) return 'vni'
  return 'unicode'
}

export function decodeAuto(s: string): DecodeResult {
  const encoding = detectEncoding(s)
  if (encoding === 'tcvn3') return { text: decodeTcvn3(s), from: 'tcvn3' }
  if (encoding === 'vni') return { text: decodeVni(s), from: 'vni' }
  const composed = s.normalize('NFC')
  return composed === s ? { text: s, from: null } : { text: composed, from: 'nfd' }
}

const STYLE_SUFFIX = /[\s,-]+(bold|italic|oblique|regular|normal)$/i

export function fontEncoding(fontName: string): FontEncoding | null {
  let name = fontName.trim().replace(/^["']|["']$/g, '').trim()
  while (STYLE_SUFFIX.test(name)) name = name.replace(STYLE_SUFFIX, '')
  if (/^vni[-_ ]/i.test(name)) return 'vni'
  if (!/^\.vn./i.test(name) && !/^Vn[A-Z]/.test(name)) return null
  return /h$/i.test(name) ? 'tcvn3-upper' : 'tcvn3'
}
