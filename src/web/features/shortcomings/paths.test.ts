import { describe, expect, it } from 'vitest'
import type { GrantView } from '../../../common/contracts/auth.ts'
import { defaultShortcomingUnit } from './paths.ts'

const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
  ({ id: `g-${id}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView

describe('the register opens on', () => {
  it('my highest unit among the grants that read it, members and other roles left aside', () => {
    expect(defaultShortcomingUnit([grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('inspector', 'commune', 'x')])?.id).toBe('x')
    expect(defaultShortcomingUnit([grant('member', 'cell', 'c')])).toBeNull()
  })
})
