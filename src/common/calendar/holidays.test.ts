// The statutory holidays (Bộ luật Lao động 2019, Điều 112) and working-day counting over real calendar cases.
import { describe, expect, it } from 'vitest'
import { deadlineSettings, DEADLINE_SETTINGS, handleWorkingDaysFor } from './deadlines.ts'
import { isCalendarDate, statutoryHolidays, weekdayVi } from './holidays.ts'
import { CalendarRangeError, WorkingCalendar } from './working-days.ts'

const dates = (year: number) => statutoryHolidays(year).map((d) => d.date)

describe('statutoryHolidays', () => {
  it('gives 2026: Tết from 29 tháng Chạp (16/02) to mùng 4 (20/02), Giỗ Tổ on Sunday compensated on Monday', () => {
    expect(statutoryHolidays(2026).map((d) => [d.date, d.name])).toEqual([
      ['2026-01-01', 'Tết Dương lịch'],
      ['2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)'],
      ['2026-02-17', 'Tết Nguyên đán (mùng 1)'],
      ['2026-02-18', 'Tết Nguyên đán (mùng 2)'],
      ['2026-02-19', 'Tết Nguyên đán (mùng 3)'],
      ['2026-02-20', 'Tết Nguyên đán (mùng 4)'],
      ['2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
      ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
      ['2026-04-30', 'Ngày Chiến thắng (30/4)'],
      ['2026-05-01', 'Ngày Quốc tế Lao động (1/5)'],
      ['2026-09-02', 'Quốc khánh (2/9)'],
      ['2026-09-03', 'Quốc khánh (ngày liền kề 3/9)'],
    ])
    expect(statutoryHolidays(2026).every((d) => d.kind === 'holiday' && d.source === 'statutory')).toBe(true)
  })

  it('matches the days off the government set in 2023: 2/1, 29/4–3/5, 1/9–4/9', () => {
    const y = dates(2023)
    expect(y).toContain('2023-01-02')
    expect(y).toEqual(expect.arrayContaining(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']))
    expect(y).toEqual(expect.arrayContaining(['2023-09-01', '2023-09-02', '2023-09-04']))
  })

  it('picks the Quốc khánh neighbour as the government did: 3/9/2024 (Mon 2/9), 1/9/2025 (Tue 2/9)', () => {
    expect(dates(2024)).toEqual(expect.arrayContaining(['2024-09-02', '2024-09-03']))
    expect(dates(2024)).not.toContain('2024-09-01')
    expect(dates(2025)).toEqual(expect.arrayContaining(['2025-09-01', '2025-09-02']))
  })

  it('compensates Tết days on a weekend after the span (2027: mùng 1–2 on Saturday–Sunday)', () => {
    expect(dates(2027)).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']))
    expect(dates(2027)).not.toContain('2027-02-12')
  })

  it('refuses years out of range; validates dates; names weekdays in Vietnamese', () => {
    expect(() => statutoryHolidays(1800)).toThrow(RangeError)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('26-02-10')).toBe(false)
    expect(weekdayVi('2026-02-17')).toBe('Thứ Ba')
    expect(weekdayVi('2026-02-22')).toBe('Chủ nhật')
  })
})

describe('WorkingCalendar', () => {
  const cal = WorkingCalendar.statutory()

  it('counts across Tết 2026: 10 working days from 10/02 land on 03/03, after the Tết span', () => {
    expect(cal.addWorkingDays('2026-02-10', 10)).toBe('2026-03-03')
    expect(cal.workingDaysBetween('2026-02-10', '2026-03-03')).toBe(10)
    expect(cal.workingDaysBetween('2026-03-03', '2026-02-10')).toBe(-10)
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23')
    // Received during Tết: counting starts after it.
    expect(cal.addWorkingDays('2026-02-17', 1)).toBe('2026-02-23')
    expect(cal.daysOffBetween('2026-02-13', '2026-02-23').map((d) => d.date)).toEqual(['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22'])
  })

  it('does not count the day of receipt; skips weekends; n = 0 is the day itself or the next working day', () => {
    expect(cal.addWorkingDays('2026-03-05', 1)).toBe('2026-03-06')
    expect(cal.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09')
    expect(cal.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09')
    expect(cal.addWorkingDays('2026-03-06', 0)).toBe('2026-03-06')
    expect(cal.addWorkingDays('2026-03-07', 0)).toBe('2026-03-09')
    expect(cal.addWorkingDays('2026-03-02', 3)).toBe('2026-03-05')
    expect(() => cal.addWorkingDays('2026-03-02', -1)).toThrow(RangeError)
    expect(() => cal.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError)
  })

  it('counts across 30/4–1/5 and Giỗ Tổ: 2026 and the 2023 five-day break', () => {
    expect(cal.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28')
    expect(cal.addWorkingDays('2026-04-29', 1)).toBe('2026-05-04')
    expect(cal.addWorkingDays('2023-04-28', 1)).toBe('2023-05-04')
    expect(cal.workingDaysBetween('2026-04-24', '2026-05-08')).toBe(7)
  })

  it('counts across Quốc khánh: 2/9–3/9/2026 and 1/9–2/9/2025', () => {
    expect(cal.addWorkingDays('2026-09-01', 1)).toBe('2026-09-04')
    expect(cal.addWorkingDays('2025-08-29', 1)).toBe('2025-09-03')
  })

  it('counts a worked Saturday (ngày làm bù) and a swapped day off: 2024, off 29/04, work on Saturday 04/05', () => {
    const swapped = WorkingCalendar.fromRows([
      ...statutoryHolidays(2024),
      { date: '2024-04-29', kind: 'holiday', name: 'Nghỉ hoán đổi', source: 'announced' },
      { date: '2024-05-04', kind: 'working', name: 'Làm bù cho ngày 29/4', source: 'announced' },
    ], 2024, 2024)
    expect(swapped.isWorkingDay('2024-04-29')).toBe(false)
    expect(swapped.isWorkingDay('2024-05-04')).toBe(true)
    expect(swapped.addWorkingDays('2024-04-26', 1)).toBe('2024-05-02')
    expect(swapped.addWorkingDays('2024-05-02', 2)).toBe('2024-05-04')
    expect(swapped.workingDaysBetween('2024-05-03', '2024-05-06')).toBe(2)
    expect(() => swapped.addWorkingDays('2024-12-20', 30)).toThrow(CalendarRangeError)
  })

  it('counts across Tết 2025 (mùng 4 on Saturday, compensated on Monday 03/02) and across a new year', () => {
    // 24, 27 Jan; 28/1–1/2 Tết, 3/2 nghỉ bù; 4, 5, 6, 7, 10, 11, 12, 13 Feb.
    expect(cal.addWorkingDays('2025-01-23', 10)).toBe('2025-02-13')
    // 25, 28, 29, 30, 31 Dec; 1/1 Tết Dương lịch; 4–8 Jan.
    expect(cal.addWorkingDays('2026-12-24', 10)).toBe('2027-01-08')
  })
})

describe('deadline settings', () => {
  it('acknowledges within 10 working days (QĐ 11-QĐi/TW); handling per category with a default', () => {
    expect(DEADLINE_SETTINGS.acknowledgeWorkingDays).toBe(10)
    const s = deadlineSettings({ handleWorkingDays: { land: 15 } })
    expect(handleWorkingDaysFor(s, 'land')).toBe(15)
    expect(handleWorkingDaysFor(s, 'roads')).toBe(3)
    expect(handleWorkingDaysFor(s, null)).toBe(3)
    expect(DEADLINE_SETTINGS.handleWorkingDays).toEqual({ default: 3 })
  })
})
