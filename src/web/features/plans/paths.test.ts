import { describe, expect, it } from 'vitest'
import type { GrantView } from '../../../common/contracts/auth.ts'
import { defaultPlanUnit } from './paths.ts'

const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
  ({ id: `g-${id}-${role}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView

describe('the plan pages open on', () => {
  it('my highest unit among the grants that read a subtree, above any member\'s grant', () => {
    expect(defaultPlanUnit([grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('inspector', 'commune', 'x')])?.id).toBe('x')
    expect(defaultPlanUnit([grant('member', 'province', 'p'), grant('secretary', 'cell', 'c')])?.id).toBe('c')
  })

  it('a member\'s highest unit when that is all I hold, the first of a level in my grants\' order', () => {
    expect(defaultPlanUnit([grant('member', 'cell', 'c'), grant('member', 'ward', 'w'), grant('member', 'commune', 'x')])?.id).toBe('w')
    expect(defaultPlanUnit([grant('leader', 'agency', 'a'), grant('office', 'commune', 'x')])?.id).toBe('a')
    expect(defaultPlanUnit([])).toBeNull()
  })
})
