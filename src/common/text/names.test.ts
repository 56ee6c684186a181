import { describe, it, expect } from 'vitest'
import { compareNames, nameSortKey, sortNames, splitName } from './names.ts'

describe('splitName', () => {
  it('splits family, middle and given names', () => {
    expect(splitName('Nguyễn Thị Minh Khai')).toEqual({
      familyName: 'Nguyễn',
      middleName: 'Thị Minh',
      givenName: 'Khai',
    })
    expect(splitName('Lê Duẩn')).toEqual({ familyName: 'Lê', middleName: '', givenName: 'Duẩn' })
  })

  it('treats a single word as the given name', () => {
    expect(splitName('  Páo ')).toEqual({ familyName: '', middleName: '', givenName: 'Páo' })
    expect(splitName('')).toEqual({ familyName: '', middleName: '', givenName: '' })
  })

  it('cleans the input first', () => {
    expect(splitName(' Ksor \u200B H\'Lua\u0302n ')).toEqual({
      familyName: 'Ksor',
      middleName: '',
      givenName: "H'Luân",
    })
  })
})

describe('compareNames / sortNames', () => {
  it('orders given names Anh < Ánh < Bình < Dung < Đoàn < Zung', () => {
    const expected = ['Lê Anh', 'Lê Ánh', 'Lê Bình', 'Lê Dung', 'Lê Đoàn', 'Lê Zung']
    expect(sortNames([...expected].reverse())).toEqual(expected)
  })

  it('sorts by given name, then middle name, then family name', () => {
    const names = ['Trần Văn An', 'Nguyễn Văn An', 'Nguyễn Thị An', 'Lê Bình', 'An', 'Đỗ An']
    expect(sortNames(names)).toEqual([
      'An',
      'Đỗ An',
      'Nguyễn Thị An',
      'Nguyễn Văn An',
      'Trần Văn An',
      'Lê Bình',
    ])
  })

  it('returns 0 for names that only differ in normalization or spacing', () => {
    expect(compareNames('Nguyễn  Thị Hường', 'Nguye\u0302\u0303n Thi\u0323 H\u01B0\u01A1\u0300ng')).toBe(0)
  })

  it('does not mutate its input', () => {
    const names = ['Lê Zung', 'Lê Anh']
    sortNames(names)
    expect(names).toEqual(['Lê Zung', 'Lê Anh'])
  })
})

const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Vũ', 'Đặng', 'Đỗ', 'Bùi', 'Ngô',
  'Dương', 'Lý', 'Hờ', 'Lò', 'Ksor', 'Y', 'Rơ', 'Mùa', 'Giàng', 'Thào', 'Rcom', 'Nay', 'Tôn Nữ', 'Âu', 'Ưng']
const MIDDLES = ['', '', 'Văn', 'Thị', 'Thị Minh', 'Hữu', 'Đức', 'A', 'Bhim', 'Châm Thị', 'Ngọc', 'Xuân',
  'Công', 'Thị-Thu', 'Ả', 'Ạ', 'Ă']
const GIVENS = ['An', 'Anh', 'Ánh', 'Ảnh', 'Bình', 'Dung', 'Dũng', 'Đoàn', 'Hiền', 'Hường', 'Hương', 'Páo',
  'Pọm', "H'Luân", 'H’Luân', 'Niê', 'Sử', 'Zung', 'Ân', 'Ẩn', 'Ơn', 'Ưng', 'Yến', 'Thu-Hà', 'Khải', 'Khai',
  'Quỳnh', 'Uyên', "H'Bia", 'Ly', 'Lý', 'Lỹ', 'Lỵ', 'Lỷ', 'Sáu', 'Minh', 'Mính', 'Hảo', 'Hão', 'Hào', 'Hạo']
const MINORITY = ['Hờ A Páo', 'Lò Văn Pọm', "Ksor H'Luân", 'Y Bhim Niê', 'Rơ Châm Thị Hiền', 'Mùa A Sử',
  'Hờ A Pao', 'Lò Văn Pom', 'Ksor H’Luân', 'Y Bhim Nie', 'Giàng Seo Phử', 'Thào A Sử']

function createRandom(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']

// Gives one random vowel another tone, to produce names that differ only in tones.
function retone(name: string, random: () => number): string {
  const chars = [...name.normalize('NFD').replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '')]
  const vowels = chars.flatMap((c, i) => (/[aeiouyAEIOUY]/.test(c) ? [i] : []))
  if (vowels.length === 0) return name
  const at = vowels[Math.floor(random() * vowels.length)]
  chars[at] += TONES[Math.floor(random() * TONES.length)]
  return chars.join('').normalize('NFC')
}

function randomNames(count: number, seed: number): string[] {
  const random = createRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    let name = random() < 0.1 ? pick(MINORITY) : [pick(FAMILIES), pick(MIDDLES), pick(GIVENS)].join(' ')
    if (random() < 0.3) name = retone(name, random)
    const variant = random()
    if (variant < 0.08) name = name.toUpperCase()
    else if (variant < 0.14) name = name.toLowerCase()
    else if (variant < 0.2) name = name.normalize('NFD')
    else if (variant < 0.24) name = `  ${name.replace(/ /g, '   ')} `
    names.push(name)
  }
  return names
}

describe('nameSortKey', () => {
  it('orders thousands of random names exactly like compareNames', () => {
    const names = randomNames(4000, 2024)
    const byCompare = [...names].sort(compareNames)
    const byKey = names
      .map((name) => ({ name, key: nameSortKey(name) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ name }) => name)
    expect(byKey).toEqual(byCompare)
  })

  it('agrees with compareNames on every pair of a smaller sample', () => {
    const names = randomNames(300, 5)
    const keys = names.map(nameSortKey)
    const bad: string[] = []
    names.forEach((a, i) =>
      names.forEach((b, j) => {
        const byKey = keys[i] < keys[j] ? -1 : keys[i] > keys[j] ? 1 : 0
        if (byKey !== Math.sign(compareNames(a, b))) bad.push(JSON.stringify([a, b]))
      }),
    )
    expect(bad).toEqual([])
  })

  it('orders the given names Anh < Ánh < Bình < Dung < Đoàn < Zung', () => {
    const keys = ['Anh', 'Ánh', 'Bình', 'Dung', 'Đoàn', 'Zung'].map((g) => nameSortKey(`Lê Văn ${g}`))
    expect([...keys].sort()).toEqual(keys)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('is printable ASCII and independent of normalization and spacing', () => {
    const key = nameSortKey('Rơ Châm Thị Hiền')
    expect(key).toMatch(/^[\x21-\x7E]+$/)
    expect(nameSortKey(' Rơ  Châm Thi\u0323 Hie\u0302\u0300n\u200B')).toBe(key)
  })
})
