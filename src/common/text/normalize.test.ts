import { describe, it, expect } from 'vitest'
import { cleanName, cleanText, nfc, stripInvisible } from './normalize.ts'

describe('nfc', () => {
  it('composes NFD input', () => {
    expect(nfc('Nguye\u0302\u0303n')).toBe('Nguyễn')
    expect(nfc('Le\u0302 Va\u0306n Du\u0303ng')).toBe('Lê Văn Dũng')
  })

  it('composes "Unicode tổ hợp" (precomposed base vowel + combining tone)', () => {
    expect(nfc('\u00EA\u0301')).toBe('ế')
    expect(nfc('Tr\u01B0\u01A1\u0300ng')).toBe('Trường')
  })
})

describe('stripInvisible', () => {
  it('removes zero-width, soft hyphen and bidi controls', () => {
    const dirty =
      '\u200BLê\u200C\u200D\u2060 Văn\u00AD\uFEFF \u200E\u200F\u202A\u202B\u202C\u202D\u202E' +
      'An\u2066\u2067\u2068\u2069'
    expect(stripInvisible(dirty)).toBe('Lê Văn An')
  })

  it('removes C0/C1 controls but keeps tab and newline', () => {
    expect(stripInvisible('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).toBe('abcdef')
    expect(stripInvisible('a\tb\nc')).toBe('a\tb\nc')
  })

  it('keeps ordinary text untouched', () => {
    expect(stripInvisible("Ksor H'Luân – Đoàn")).toBe("Ksor H'Luân – Đoàn")
  })
})

describe('cleanText', () => {
  it('normalizes, strips and trims', () => {
    expect(cleanText('  \u200BHo\u0300a  Bi\u0300nh \n')).toBe('Hòa  Bình')
  })

  it('composes across a removed zero-width character', () => {
    expect(cleanText('e\u200B\u0301')).toBe('é')
  })
})

describe('cleanName', () => {
  it('collapses whitespace runs to one space', () => {
    expect(cleanName(' Nguyễn \t Thị\u00A0\u00A0Hường\n')).toBe('Nguyễn Thị Hường')
  })

  it('makes tổ hợp and dựng sẵn names equal', () => {
    expect(cleanName('L\u00EA\u0301 Th\u1ECB')).toBe(cleanName('Lế Thị'))
  })
})
