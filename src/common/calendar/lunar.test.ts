// The Vietnamese lunar calendar (UTC+7) against dates published for Vietnam.
import { describe, expect, it } from 'vitest'
import { lunarToSolar, solarToLunar, tetDay } from './lunar.ts'

describe('lunar calendar (Vietnam, UTC+7)', () => {
  it('gives Tết Nguyên đán (1 tháng Giêng) as Vietnam observes it', () => {
    // 1985 and 2007 are the years Vietnam's Tết differs from China's (20/02/1985 and 18/02/2007 there).
    expect(tetDay(1985)).toBe('1985-01-21')
    expect(tetDay(2007)).toBe('2007-02-17')
    expect(tetDay(2020)).toBe('2020-01-25')
    expect(tetDay(2023)).toBe('2023-01-22')
    expect(tetDay(2024)).toBe('2024-02-10')
    expect(tetDay(2025)).toBe('2025-01-29')
    expect(tetDay(2026)).toBe('2026-02-17')
    expect(tetDay(2027)).toBe('2027-02-06')
  })

  it('gives Giỗ Tổ Hùng Vương (10 tháng 3)', () => {
    expect(lunarToSolar(10, 3, 2023)).toBe('2023-04-29')
    expect(lunarToSolar(10, 3, 2024)).toBe('2024-04-18')
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07')
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26')
    expect(lunarToSolar(10, 3, 2027)).toBe('2027-04-16')
  })

  it('knows the last day of the year: 30 tháng Chạp in 2024, only 29 in 2025–2027', () => {
    expect(solarToLunar('2024-02-09')).toEqual({ day: 30, month: 12, year: 2023, leap: false })
    expect(solarToLunar('2025-01-28')).toEqual({ day: 29, month: 12, year: 2024, leap: false })
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false })
    expect(solarToLunar('2027-02-05')).toEqual({ day: 29, month: 12, year: 2026, leap: false })
  })

  it('places leap months: tháng 2 nhuận Quý Mão 2023, tháng 6 nhuận Ất Tỵ 2025', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true })
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22')
    expect(lunarToSolar(1, 3, 2023)).toBe('2023-04-20')
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25')
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25')
    expect(() => lunarToSolar(1, 3, 2023, true)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 1, 2026, true)).toThrow(RangeError)
  })

  it('round-trips every day of 2020–2030', () => {
    for (let t = Date.parse('2020-01-01'); t <= Date.parse('2030-12-31'); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10)
      const l = solarToLunar(iso)
      expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(iso)
    }
  })

  it('refuses days a month does not have and years out of range', () => {
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 13, 2025)).toThrow(RangeError)
    expect(() => lunarToSolar(1, 1, 1700)).toThrow(RangeError)
  })
})
