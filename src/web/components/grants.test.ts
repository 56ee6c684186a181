import { describe, expect, it } from 'vitest'
import type { GrantView } from '../../common/contracts/auth.ts'
import { highestUnit } from './grants.ts'

const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
  ({ id: `g-${id}-${role}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView

describe('my highest unit', () => {
  it('is the highest level among the grants with these roles, others left aside', () => {
    const grants = [grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('leader', 'grassroots', 's')]
    expect(highestUnit(grants, ['secretary', 'leader'])?.id).toBe('s')
    expect(highestUnit(grants, ['inspector'])).toBeNull()
    expect(highestUnit([], ['leader'])).toBeNull()
  })

  it('is the first of that level in my grants\' order (communes, wards and agencies are one level)', () => {
    expect(highestUnit([grant('leader', 'cell', 'c'), grant('office', 'ward', 'w'), grant('leader', 'commune', 'x'), grant('office', 'agency', 'a')], ['office', 'leader'])?.id).toBe('w')
    expect(highestUnit([grant('office', 'agency', 'a'), grant('leader', 'commune', 'x')], ['office', 'leader'])?.id).toBe('a')
  })
})
