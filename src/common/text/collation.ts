// Vietnamese collation (ICU/CLDR "vi", tertiary strength) as a printable-ASCII sort key that
// orders bytewise like Intl.Collator('vi'), so it can live in a COLLATE "C" column.
//
// The key has three levels, each terminated by SEPARATOR (lower than every weight):
//   primary   — letters of the Vietnamese alphabet, digits, punctuation (one char per base letter)
//   secondary — tones and other diacritics, apostrophe/quote variants (one char per collation element)
//   tertiary  — case (one char per base letter)
// Trailing "common" weights are dropped; that preserves order because lower levels are only
// compared between strings whose higher levels are equal.
//
// Exact for: ASCII, the Vietnamese alphabet in any case and normalization form, Latin letters with
// the diacritics in SECONDARY_ORDER, ‘ ’ “ ” ‐ ‑ – — ʼ. Other characters get a stable best-effort
// weight: symbols before the digits, other letters after z, both by code point.

export const SEPARATOR = '!'
const COMMON = '"'
const VARIANT = '#'
const VARIANT_2 = '$'
const FIRST_WEIGHT = 0x22

const SYMBOL_SLOT = '\u0000'
const LETTER_SLOT = '\u0001'

const PRIMARY_ORDER = [
  ...' _-‐–—,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~',
  SYMBOL_SLOT,
  ...'$0123456789',
  ...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz',
  'ʼ',
  LETTER_SLOT,
]

// Tones first, in the vi order none < huyền < hỏi < ngã < sắc < nặng; then other marks as ICU orders them.
const SECONDARY_ORDER = [
  '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', '\u0306', '\u0302', '\u030C', '\u030A',
  '\u0308', '\u030B', '\u0307', '\u0327', '\u0328', '\u0304', '\u030F', '\u0311', '\u031B',
  '\u0324', '\u0325', '\u0326', '\u032D', '\u032E', '\u0330', '\u0331',
]

const PRIMARY = new Map(PRIMARY_ORDER.map((c, i) => [c, String.fromCharCode(FIRST_WEIGHT + i)]))
const SECONDARY = new Map(SECONDARY_ORDER.map((c, i) => [c, String.fromCharCode(0x25 + i)]))

// Characters ICU weighs like another one, differing at the secondary or tertiary level.
const VARIANTS: Record<string, { base: string; secondary?: string; tertiary?: string }> = {
  '‘': { base: "'", secondary: VARIANT },
  '’': { base: "'", secondary: VARIANT_2 },
  '“': { base: '"', secondary: VARIANT },
  '”': { base: '"', secondary: VARIANT_2 },
  '‑': { base: '‐', tertiary: VARIANT },
}

// Base letter + mark that ICU vi treats as one letter (a contraction): ă â ê ô ơ ư.
const LETTER_MODIFIERS: Record<string, Record<string, string>> = {
  a: { '\u0306': 'ă', '\u0302': 'â' },
  e: { '\u0302': 'ê' },
  o: { '\u0302': 'ô', '\u031B': 'ơ' },
  u: { '\u031B': 'ư' },
}

const ESCAPE = '~'
const IS_MARK = /\p{M}/u
const IS_LETTER_LIKE = /[\p{L}\p{N}]/u

const hex6 = (cp: number) => cp.toString(16).toUpperCase().padStart(6, '0')

interface Cluster {
  base: string
  marks: string[]
}

function clusters(s: string): Cluster[] {
  const out: Cluster[] = []
  for (const ch of s.normalize('NFD')) {
    if (IS_MARK.test(ch)) {
      const last = out.at(-1)
      if (last) last.marks.push(ch)
      else out.push({ base: '', marks: [ch] })
    } else {
      out.push({ base: ch, marks: [] })
    }
  }
  return out
}

// A mark can join its base across earlier marks only if none of them has the same combining class.
function unblocked(marks: string[], j: number): boolean {
  if (j === 0) return true
  const [prev, mark] = [marks[j - 1], marks[j]]
  return ('x' + mark + prev).normalize('NFD') === 'x' + prev + mark
}

function joinModifier(lower: string, marks: string[]): { letter: string; marks: string[] } {
  const modifiers = LETTER_MODIFIERS[lower]
  if (modifiers) {
    const j = marks.findIndex((m, i) => modifiers[m] !== undefined && unblocked(marks, i))
    if (j >= 0) return { letter: modifiers[marks[j]], marks: marks.filter((_, i) => i !== j) }
  }
  return { letter: lower, marks }
}

function fallbackPrimary(ch: string): { primary: string; upper: boolean } {
  const cp = ch.codePointAt(0) ?? 0
  if (!IS_LETTER_LIKE.test(ch)) return { primary: PRIMARY.get(SYMBOL_SLOT) + hex6(cp), upper: false }
  const lower = ch.toLowerCase()
  const single = [...lower].length === 1 ? lower : ch
  return { primary: PRIMARY.get(LETTER_SLOT) + hex6(single.codePointAt(0) ?? cp), upper: single !== ch }
}

function markWeight(mark: string): string {
  return SECONDARY.get(mark) ?? ESCAPE + hex6(mark.codePointAt(0) ?? 0)
}

function dropTrailingCommon(level: string): string {
  let end = level.length
  while (end > 0 && level[end - 1] === COMMON) end--
  return level.slice(0, end)
}

export interface CollationLevels {
  primary: string
  secondary: string
  tertiary: string
}

export function collationLevels(s: string): CollationLevels {
  let primary = ''
  let secondary = ''
  let tertiary = ''
  for (const { base, marks } of clusters(s)) {
    if (base === '') {
      secondary += marks.map(markWeight).join('')
      continue
    }
    const variant = VARIANTS[base]
    const lower = base.toLowerCase()
    const joined = joinModifier(lower, marks)
    const known = PRIMARY.get(variant?.base ?? joined.letter)
    const fallback = known === undefined ? fallbackPrimary(base) : undefined
    primary += known ?? fallback?.primary
    secondary += (variant?.secondary ?? COMMON) + joined.marks.map(markWeight).join('')
    const upper = fallback ? fallback.upper : lower !== base
    tertiary += variant?.tertiary ?? (upper ? VARIANT : COMMON)
  }
  return { primary, secondary: dropTrailingCommon(secondary), tertiary: dropTrailingCommon(tertiary) }
}

export function sortKey(s: string): string {
  const { primary, secondary, tertiary } = collationLevels(s)
  return [primary, secondary, tertiary].join(SEPARATOR)
}

export const viCollator = new Intl.Collator('vi')

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b)
}
