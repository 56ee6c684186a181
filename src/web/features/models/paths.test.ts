import { describe, expect, it } from 'vitest'
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import { adoptingUnits, canManageModels, canUseModels, defaultModelUnit, modelFileUrl } from './paths.ts'

const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
  ({ id: `g-${id}-${role}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView
const me = (grants: GrantView[]) => ({ grants }) as unknown as MeResponse

describe('the models pages', () => {
  it('are offered to staff roles, recording to managers only', () => {
    expect(canUseModels(me([grant('inspector', 'commune', 'x')]))).toBe(true)
    expect(canManageModels(me([grant('inspector', 'commune', 'x')]))).toBe(false)
    expect(canUseModels(me([grant('member', 'cell', 'c')]))).toBe(false)
    expect(canManageModels(me([grant('secretary', 'cell', 'c')]))).toBe(true)
  })

  it('open on my highest unit that reads models', () => {
    expect(defaultModelUnit([grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('leader', 'commune', 'x')])?.id).toBe('x')
    expect(defaultModelUnit([grant('member', 'cell', 'c')])).toBeNull()
  })

  it('offer the units I manage for an adoption, once each', () => {
    const units = adoptingUnits([grant('office', 'commune', 'x'), grant('leader', 'commune', 'x'), grant('inspector', 'ward', 'w'), grant('secretary', 'cell', 'c')])
    expect(units.map((u) => u.id)).toEqual(['x', 'c'])
  })

  it('name the small copy of a photo', () => {
    expect(modelFileUrl('m', 'f')).toBe('/api/v1/models/m/files/f')
    expect(modelFileUrl('m', 'f', true)).toBe('/api/v1/models/m/files/f?size=thumb')
  })
})
