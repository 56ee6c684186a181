import { describe, expect, it } from 'vitest'
import type { ComplianceRow } from '../../../common/contracts/dialogues.ts'
import type { GrantView } from '../../../common/contracts/auth.ts'
import { formatMonth, rangeFor, sessionProblems, shiftMonth, sortCompliance } from './logic.ts'
import { defaultDialogueUnit } from './paths.ts'

const row = (name: string, kind: ComplianceRow['organization']['kind'], required: number, held: number): ComplianceRow =>
  ({ organization: { id: name, name, kind }, required, held, planned: 0, met: held >= required })

describe('reception pages logic', () => {
  it('turns the time filter into dates', () => {
    expect(rangeFor('upcoming', '2026-03-01')).toEqual({ from: '2026-03-01' })
    expect(rangeFor('past', '2026-03-01')).toEqual({ to: '2026-02-28' })
    expect(rangeFor('all', '2026-03-01')).toEqual({})
  })

  it('moves months across years and spells them', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2025-12', 1)).toBe('2026-01')
    expect(shiftMonth('2026-05', 0)).toBe('2026-05')
    expect(formatMonth('2026-03')).toBe('03/2026')
  })

  it('lists units behind first, then by level and Vietnamese name', () => {
    const rows = [row('Phường Bình Minh', 'ward', 2, 2), row('Tỉnh', 'province', 1, 1), row('Xã Đông Hà', 'commune', 2, 1), row('Xã An Hòa', 'commune', 2, 0), row('Trường', 'grassroots', 0, 0)]
    expect(sortCompliance(rows).map((r) => r.organization.name)).toEqual(['Xã An Hòa', 'Xã Đông Hà', 'Tỉnh', 'Phường Bình Minh', 'Trường'])
  })

  it('checks a session before sending it', () => {
    const ok = { orgId: 'x', kind: 'reception', title: 'Tiếp công dân', heldOn: '2026-03-10', startsAt: '08:00', place: 'Trụ sở', chair: 'Bí thư' }
    expect(sessionProblems(ok, '2026-03-01')).toEqual({})
    expect(sessionProblems({ ...ok, orgId: null, title: 'ab', heldOn: '2027-06-01', startsAt: '8h', place: ' ', chair: '' }, '2026-03-01'))
      .toEqual({ orgId: 'required', title: 'tooShort', heldOn: 'outOfRange', startsAt: 'timeFormat', place: 'required', chair: 'required' })
    expect(sessionProblems({ ...ok, startsAt: '' }, '2026-03-01')).toEqual({})
  })

  it('opens on my highest unit that reads sessions', () => {
    const g = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string): GrantView =>
      ({ id, role, scope: 'subtree', organization: { id, code: id, name: id, kind } })
    expect(defaultDialogueUnit([g('member', 'province', 'p'), g('secretary', 'cell', 'c'), g('leader', 'ward', 'w')])?.id).toBe('w')
    expect(defaultDialogueUnit([g('member', 'cell', 'c')])).toBeNull()
  })
})
