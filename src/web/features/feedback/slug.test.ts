import { describe, expect, it } from 'vitest'
import { slugOf } from './slug.ts'

describe('a new topic’s suggested code', () => {
  it('folds Vietnamese to lowercase ASCII with dashes', () => {
    expect(slugOf('Chuyển đổi số, ứng dụng công nghệ')).toBe('chuyen-doi-so-ung-dung-cong-nghe')
    expect(slugOf('  Đất đai — Xây dựng  ')).toBe('dat-dai-xay-dung')
    expect(slugOf('Giáo dục, y tế và an sinh xã hội ở vùng sâu, vùng xa biên giới hải đảo').length).toBeLessThanOrEqual(40)
  })
})
