import { describe, expect, it } from 'vitest'
import type { GrantView } from '../../../common/contracts/auth.ts'
import { defaultStatsUnit, modelStatsPath, modelStatsXlsxUrl, yearParam } from './paths.ts'

const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
  ({ id: `g-${id}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView

describe('the dashboard of models', () => {
  it('opens on my highest unit among the grants that read it', () => {
    expect(defaultStatsUnit([grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('leader', 'ward', 'w')])?.id).toBe('w')
    expect(defaultStatsUnit([grant('member', 'cell', 'c')])).toBeNull()
  })

  it('keeps the unit and the year in its address, and reads back only a sensible year', () => {
    expect(modelStatsPath('u1', 2026)).toBe('/guong-dien-hinh/tong-hop?org=u1&year=2026')
    expect(modelStatsPath()).toBe('/guong-dien-hinh/tong-hop')
    expect(modelStatsXlsxUrl('u1', 2026)).toBe('/api/v1/models/summary.xlsx?org=u1&year=2026')
    expect(yearParam('2026')).toBe(2026)
    expect([yearParam('26'), yearParam('abcd'), yearParam('9999'), yearParam(null)]).toEqual([null, null, null, null])
  })
})
