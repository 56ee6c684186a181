import { describe, expect, it } from 'vitest'
import { placeLine } from './paths.ts'

describe('placeLine', () => {
  it('names the unit and its commune, once when the unit is the commune', () => {
    expect(placeLine('Chi bộ thôn A Ur', 'Đảng bộ xã A Vương')).toBe('Chi bộ thôn A Ur · Đảng bộ xã A Vương')
    expect(placeLine('Đảng bộ xã Hòa Vang', 'Đảng bộ xã Hòa Vang')).toBe('Đảng bộ xã Hòa Vang')
    expect(placeLine('Đảng bộ thành phố Hải Vân', null)).toBe('Đảng bộ thành phố Hải Vân')
  })
})
