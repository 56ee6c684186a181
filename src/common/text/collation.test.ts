import { describe, it, expect } from 'vitest'
import { collationLevels, compareVi, sortKey } from './collation.ts'

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
const VIETNAMESE_LETTERS = [...'aăâeêioôơuưy'].flatMap((v) =>
  TONES.flatMap((t) => {
    const letter = (v + t).normalize('NFC')
    return [letter, letter.toUpperCase()]
  }),
)
const ASCII = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i))
const REPERTOIRE = [
  ...VIETNAMESE_LETTERS,
  'đ',
  'Đ',
  ...ASCII,
  ...'‘’“”‐‑–—ʼéèëüöñçÇÜÅåǎǍŏȍȏṳṵṷṹḁ',
]

function createRandom(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

const sign = (n: number) => Math.sign(n)
const keyOrder = (a: string, b: string) => {
  const [ka, kb] = [sortKey(a), sortKey(b)]
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

function mismatches(pairs: Iterable<[string, string]>): string[] {
  const bad: string[] = []
  for (const [a, b] of pairs) {
    if (keyOrder(a, b) !== sign(compareVi(a, b))) bad.push(JSON.stringify([a, b]))
  }
  return bad
}

describe('sortKey', () => {
  it('uses printable ASCII only', () => {
    for (const s of [...REPERTOIRE, 'Nguyễn Thị Hường', '中文 ø ß €', 'x\u0361y']) {
      expect(sortKey(s)).toMatch(/^[\x21-\x7E]*$/)
    }
  })

  it('orders every pair of single characters like Intl.Collator("vi")', () => {
    function* pairs(): Generator<[string, string]> {
      for (const a of REPERTOIRE) for (const b of REPERTOIRE) yield [a, b]
    }
    expect(mismatches(pairs())).toEqual([])
  })

  it('orders random strings over a confusable alphabet like Intl.Collator("vi")', () => {
    const random = createRandom(7)
    const alphabet = [
      ...'aAáÁảẢãÃăĂắặạàoơƠợởỡöŏdđĐD \'’‘"“‐‑-',
      '\u0301', '\u0300', '\u0323', '\u0302', '\u0306', '\u031B',
    ]
    const word = () => {
      let s = ''
      const length = 1 + Math.floor(random() * 4)
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)]
      return random() < 0.5 ? s : s.normalize('NFC')
    }
    function* pairs(): Generator<[string, string]> {
      for (let i = 0; i < 20000; i++) yield [word(), word()]
    }
    expect(mismatches(pairs())).toEqual([])
  })

  it('follows the vi tone order none < huyền < hỏi < ngã < sắc < nặng', () => {
    const words = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ']
    const shuffled = [...words].reverse()
    expect(shuffled.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual(words)
  })

  it('treats ă â đ ê ô ơ ư as letters of their own', () => {
    expect(sortKey('ăa') > sortKey('az')).toBe(true)
    expect(sortKey('đa') > sortKey('dz')).toBe(true)
    expect(sortKey('ơ') > sortKey('ôz')).toBe(true)
  })

  it('is the same for NFC, NFD and tổ hợp input', () => {
    const nfc = 'Trường'
    expect(sortKey(nfc.normalize('NFD'))).toBe(sortKey(nfc))
    expect(sortKey('Tr\u01B0\u01A1\u0300ng')).toBe(sortKey(nfc))
  })

  it('separates levels: primary, then tones, then case', () => {
    const levels = collationLevels('Ánh')
    expect(levels.primary).toBe(collationLevels('anh').primary)
    expect(levels.secondary).not.toBe('')
    expect(levels.tertiary).not.toBe('')
    expect(collationLevels('anh')).toEqual({ primary: levels.primary, secondary: '', tertiary: '' })
  })
})
