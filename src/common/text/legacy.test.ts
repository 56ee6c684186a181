import { describe, it, expect } from 'vitest'
import { decodeAuto, decodeTcvn3, decodeVni, detectEncoding, fontEncoding } from './legacy.ts'
import { TCVN3_TABLE, VNI_TABLE } from './legacy-tables.ts'

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
const VOWELS = [...'aăâeêioôơuưy']
const letter = (vowel: string, tone: number) => (vowel + TONES[tone]).normalize('NFC')

// TCVN3 spellings per vowel, tones in the order none, huyền, hỏi, ngã, sắc, nặng.
const TCVN3_ROWS: Record<string, string> = {
  a: 'aµ¶·¸¹', ă: '¨»¼½¾Æ', â: '©ÇÈÉÊË', e: 'eÌÎÏÐÑ', ê: 'ªÒÓÔÕÖ', i: 'i×ØÜÝÞ',
  o: 'oßáâãä', ô: '«åæçèé', ơ: '¬êëìíî', u: 'uïñòóô', ư: '\u00ADõö÷øù', y: 'yúûüýþ',
}
const TCVN3_SINGLES: Record<string, string> = { đ: '®', Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' }

function encodeTcvn3(text: string): string {
  const table = new Map<string, string>(Object.entries(TCVN3_SINGLES))
  for (const v of VOWELS) [...TCVN3_ROWS[v]].forEach((code, tone) => table.set(letter(v, tone), code))
  return [...text].map((ch) => table.get(ch) ?? ch).join('')
}

// VNI spelled by rule: base letter, letter mark, tone byte.
const VNI_TONES = ['', 'ø', 'û', 'õ', 'ù', 'ï']
const VNI_HAT_TONES = ['', 'à', 'å', 'ã', 'á', 'ä']
const VNI_BREVE_TONES = ['', 'è', 'ú', 'ü', 'é', 'ë']
const VNI_I = ['i', 'ì', 'æ', 'ó', 'í', 'ò']

function vniLower(vowel: string, tone: number): string {
  if (vowel === 'i') return VNI_I[tone]
  if (vowel === 'y' && tone === 5) return 'î'
  if (vowel === 'ă') return 'a' + (tone === 0 ? 'ê' : VNI_BREVE_TONES[tone])
  if ('âêô'.includes(vowel)) return ({ â: 'a', ê: 'e', ô: 'o' })[vowel] + (tone === 0 ? 'â' : VNI_HAT_TONES[tone])
  return ({ ơ: 'ô', ư: 'ö' }[vowel] ?? vowel) + VNI_TONES[tone]
}

function encodeVni(text: string): string {
  const table = new Map<string, string>([['đ', 'ñ'], ['Đ', 'Ñ']])
  for (const v of VOWELS) {
    for (let tone = 0; tone < 6; tone++) {
      table.set(letter(v, tone), vniLower(v, tone))
      table.set(letter(v, tone).toUpperCase(), vniLower(v, tone).toUpperCase())
    }
  }
  return [...text].map((ch) => table.get(ch) ?? ch).join('')
}

const ALL_LOWER = VOWELS.flatMap((v) => TONES.map((_, tone) => letter(v, tone))).concat('đ')
const ALL_LETTERS = [...ALL_LOWER, ...ALL_LOWER.map((l) => l.toUpperCase())]
const SENTENCES = ['Đảng bộ thành phố Đà Nẵng', 'Nguyễn Thị Hường', 'Chi bộ thôn Phước Hưng', 'Trường Sơn']

describe('decodeTcvn3', () => {
  it('uses the reference codes', () => {
    expect(decodeTcvn3('\u00B5\u00B8\u00B6\u00B7\u00B9\u00A8\u00A9\u00AE\u00AA\u00AB\u00AC\u00AD')).toBe('àáảãạăâđêôơư')
    expect(decodeTcvn3('\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7')).toBe('ĂÂÊÔƠƯĐ')
  })

  it('round-trips every lowercase letter and the TCVN3 capitals', () => {
    const letters = [...ALL_LOWER, ...'ĂÂÊÔƠƯĐ']
    expect(letters.length).toBe(80)
    for (const l of letters) expect(decodeTcvn3(encodeTcvn3(l))).toBe(l)
    expect(new Set(letters.map(encodeTcvn3)).size).toBe(letters.length)
  })

  it('has exactly the table entries the test encoder produces', () => {
    for (const [byte, l] of TCVN3_TABLE) expect([l, encodeTcvn3(l)]).toEqual([l, String.fromCharCode(byte)])
    expect(TCVN3_TABLE.length).toBe(74)
  })

  it('decodes real sentences', () => {
    expect(encodeTcvn3('Đảng bộ thành phố Đà Nẵng')).toBe('§¶ng bé thµnh phè §µ N½ng')
    for (const s of SENTENCES) expect(decodeTcvn3(encodeTcvn3(s))).toBe(s)
  })

  it('upper-cases text from the all-caps .VnTimeH fonts', () => {
    expect(decodeTcvn3(encodeTcvn3('đảng bộ thành phố đà nẵng'), { uppercase: true })).toBe(
      'ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG',
    )
    expect(decodeTcvn3('Tr\u00ADêng s¬n', { uppercase: true })).toBe('TRƯỜNG SƠN')
  })

  it('leaves ASCII and unmapped bytes alone', () => {
    expect(decodeTcvn3('Chi bo 12/2024 \u00B0C')).toBe('Chi bo 12/2024 \u00B0C')
  })
})

describe('decodeVni', () => {
  it('uses the reference spellings', () => {
    expect(decodeVni('aø aù aû aõ aï aâ aê ñ Ñ ô ö æ ó ò î')).toBe('à á ả ã ạ â ă đ Đ ơ ư ỉ ĩ ị ỵ')
  })

  it('round-trips all 134 Vietnamese letters', () => {
    const toned = ALL_LETTERS.filter((l) => !/^[aeiouyAEIOUY]$/.test(l))
    expect(toned.length).toBe(134)
    for (const l of ALL_LETTERS) expect(decodeVni(encodeVni(l))).toBe(l)
  })

  it('has exactly the table entries the test encoder produces', () => {
    for (const [code, l] of VNI_TABLE) expect([l, encodeVni(l)]).toEqual([l, code])
    expect(VNI_TABLE.size).toBe(ALL_LETTERS.length - 12 - 4)
  })

  it('decodes the longest match first', () => {
    expect(decodeVni('ôù')).toBe('ớ')
    expect(decodeVni('oâ')).toBe('ô')
    expect(decodeVni('öôø')).toBe('ườ')
  })

  it('decodes real sentences', () => {
    expect(encodeVni('Trường Sơn')).toBe('Tröôøng Sôn')
    for (const s of SENTENCES) expect(decodeVni(encodeVni(s))).toBe(s)
  })
})

describe('detectEncoding / decodeAuto', () => {
  it('recognizes TCVN3 text', () => {
    for (const s of SENTENCES) {
      expect(detectEncoding(encodeTcvn3(s))).toBe('tcvn3')
      expect(decodeAuto(encodeTcvn3(s))).toEqual({ text: s, from: 'tcvn3' })
    }
  })

  it('recognizes VNI text', () => {
    for (const s of SENTENCES) {
      expect(detectEncoding(encodeVni(s))).toBe('vni')
      expect(decodeAuto(encodeVni(s))).toEqual({ text: s, from: 'vni' })
    }
  })

  it('recognizes short lines of either encoding', () => {
    for (const s of ['Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng', 'Uỷ ban nhân dân xã', 'của Đảng ủy', 'đi học']) {
      expect(decodeAuto(encodeTcvn3(s)).text).toBe(s)
      expect(decodeAuto(encodeVni(s)).text).toBe(s)
    }
  })

  it('composes decomposed (NFD) and tổ hợp Unicode', () => {
    for (const s of SENTENCES) {
      expect(detectEncoding(s.normalize('NFD'))).toBe('unicode')
      expect(decodeAuto(s.normalize('NFD'))).toEqual({ text: s, from: 'nfd' })
    }
    expect(decodeAuto('Tr\u01B0\u01A1\u0300ng')).toEqual({ text: 'Trường', from: 'nfd' })
  })

  it('leaves precomposed Unicode unchanged, even when it only uses Latin-1 letters', () => {
    for (const s of [...SENTENCES, 'Tô Lâm', 'Hoà Bình, khoá học', 'Café']) {
      expect(detectEncoding(s)).toBe('unicode')
      expect(decodeAuto(s)).toEqual({ text: s, from: null })
    }
  })

  it('leaves plain ASCII unchanged', () => {
    expect(detectEncoding('Nguyen Van A, 12/2024')).toBe('ascii')
    expect(decodeAuto('Nguyen Van A')).toEqual({ text: 'Nguyen Van A', from: null })
    expect(decodeAuto('')).toEqual({ text: '', from: null })
  })
})

describe('fontEncoding', () => {
  it('maps font names to encodings', () => {
    expect(fontEncoding('.VnTime')).toBe('tcvn3')
    expect(fontEncoding('.VnArial')).toBe('tcvn3')
    expect(fontEncoding('.VnCentury Schoolbook')).toBe('tcvn3')
    expect(fontEncoding('.VnTimeH')).toBe('tcvn3-upper')
    expect(fontEncoding('.VnArial NarrowH')).toBe('tcvn3-upper')
    expect(fontEncoding('.vntimeh')).toBe('tcvn3-upper')
    expect(fontEncoding('VnTime Bold')).toBe('tcvn3')
    expect(fontEncoding('VNI-Times')).toBe('vni')
    expect(fontEncoding('VNI-Helve')).toBe('vni')
    expect(fontEncoding(' "VNI-Helve-Condense" ')).toBe('vni')
  })

  it('returns null for Unicode fonts', () => {
    for (const f of ['Times New Roman', 'Arial', 'Vni', '', 'Verdana', 'Be Vietnam Pro']) {
      expect(fontEncoding(f)).toBeNull()
    }
  })
})
