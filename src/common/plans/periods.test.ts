import { describe, expect, it } from 'vitest'
import { currentPeriod, defaultPeriods, type PeriodLike } from './periods.ts'

describe('reporting periods', () => {
  it('offers the four quarters, the first six months and the year, labelled as offices write them', () => {
    const set = defaultPeriods(2028)
    expect(set.map((p) => p.label)).toEqual(['Quý I/2028', 'Quý II/2028', 'Quý III/2028', 'Quý IV/2028', '6 tháng đầu năm 2028', 'Năm 2028'])
    expect(set[0]).toMatchObject({ kind: 'quarter', startsOn: '2028-01-01', endsOn: '2028-03-31' })
    expect(set[1]).toMatchObject({ startsOn: '2028-04-01', endsOn: '2028-06-30' })
    expect(set[4]).toMatchObject({ kind: 'half', startsOn: '2028-01-01', endsOn: '2028-06-30' })
    expect(set[5]).toMatchObject({ kind: 'year', startsOn: '2028-01-01', endsOn: '2028-12-31' })
  })

  it('picks the period being reported: in its reporting window first, else the one under way, else the latest ended', () => {
    const periods: PeriodLike[] = defaultPeriods(2028).map((p, i) => ({ ...p, id: String(i), dueOn: p.endsOn.replace(/-\d\d$/, '') === '2028-12' ? '2029-01-08' : nextWeek(p.endsOn) }))
    expect(currentPeriod(periods, '2027-12-31')).toBeNull()
    expect(currentPeriod(periods, '2028-02-10')?.label).toBe('Quý I/2028')
    // 3 April: Quý I has ended, its report is due on 7 April.
    expect(currentPeriod(periods, '2028-04-03')?.label).toBe('Quý I/2028')
    expect(currentPeriod(periods, '2028-04-20')?.label).toBe('Quý II/2028')
    // Early July: Quý II and the six months both in their window: the quarter first.
    expect(currentPeriod(periods, '2028-07-02')?.label).toBe('Quý II/2028')
    expect(currentPeriod(periods, '2029-02-01')?.label).toBe('Quý IV/2028')
  })
})

function nextWeek(iso: string) {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 7)
  return d.toISOString().slice(0, 10)
}
