import { describe, expect, it } from 'vitest'
import type { GrantView } from '../../../common/contracts/auth.ts'
import { defaultNominationUnit, issuePath, issuingUnits, yearChoices, yearParam } from './paths.ts'

const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
  ({ id: `g-${id}-${role}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView

describe('the nomination pages', () => {
  it('open on my highest unit among the grants that read nominations', () => {
    expect(defaultNominationUnit([grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('inspector', 'ward', 'w')])?.id).toBe('w')
    expect(defaultNominationUnit([grant('member', 'cell', 'c')])).toBeNull()
  })

  it('offer decisions only at levels I manage, each with the forms it may give', () => {
    const units = issuingUnits([
      grant('secretary', 'cell', 'c'), grant('inspector', 'commune', 'x'), grant('secretary', 'grassroots', 's'), grant('office', 'province', 'p'), grant('leader', 'province', 'p'),
    ])
    expect(units.map((u) => [u.org.id, u.forms])).toEqual([['p', ['diploma']], ['s', ['certificate']]])
  })

  it('read years from the address within the server\'s range', () => {
    expect(yearParam('2026')).toBe(2026)
    expect(yearParam('1999')).toBeNull()
    expect(yearParam('20x6')).toBeNull()
    expect(yearParam(null)).toBeNull()
    expect(yearChoices(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021])
    expect(yearChoices(2026, 2030)).toEqual([2030, 2027, 2026, 2025, 2024, 2023, 2022, 2021])
    expect(yearChoices(2026, 2024)).toHaveLength(7)
    expect(issuePath('L', 'N', 2026)).toBe('/guong-dien-hinh/khen-thuong?org=L&year=2026&issue=L&nomination=N')
  })
})
