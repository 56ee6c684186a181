import { describe, it, expect } from 'vitest'
import { fold } from './fold.ts'

describe('fold', () => {
  it('removes tones and letter marks', () => {
    expect(fold('Lê Văn Dũng')).toBe('le van dung')
    expect(fold('Nguyễn Thị Hường')).toBe('nguyen thi huong')
    expect(fold('ặẰẲẴẮ ẤẦẨẪẬ ỆỀ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ ỲỴỶỸÝ')).toBe('aaaaa aaaaa ee ooooo ooooo uuuuu yyyyy')
  })

  it('maps đ and Đ to d', () => {
    expect(fold('ĐOÀN')).toBe('doan')
    expect(fold('Đảng bộ đô thị')).toBe('dang bo do thi')
  })

  it('folds NFD and tổ hợp input the same as NFC', () => {
    const nfc = 'Trường Sơn'
    expect(fold(nfc.normalize('NFD'))).toBe(fold(nfc))
    expect(fold('Tr\u01B0\u01A1\u0300ng S\u01A1n')).toBe('truong son')
  })

  it('collapses and trims whitespace, drops invisible characters', () => {
    expect(fold('  Hà \t\n Nội\u200B  ')).toBe('ha noi')
  })

  it('leaves ASCII, digits and punctuation alone apart from case', () => {
    expect(fold("Ksor H'Luân, 12-A")).toBe("ksor h'luan, 12-a")
  })
})
