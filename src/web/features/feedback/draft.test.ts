import { describe, expect, it } from 'vitest'
import { draftProblems, EMPTY_DRAFT, fold, toSubmission } from './draft.ts'
import { canEnterFeedback, canUseFeedbackInbox, defaultFeedbackUnit, normalizeTrackingCode } from './paths.ts'
import type { MeResponse } from '../../../common/contracts/auth.ts'

const t = ((key: string, options?: { n?: number }) => (options?.n === undefined ? key : `${key}:${options.n}`)) as never

describe('feedback draft', () => {
  it('lists the missing topic, commune and a too short content', () => {
    expect(draftProblems({ ...EMPTY_DRAFT, content: '  short  ' }, t)).toEqual({
      categoryId: 'feedback.fields.required', communeId: 'feedback.fields.required', content: 'feedback.fields.contentTooShort:5',
    })
    expect(draftProblems({ ...EMPTY_DRAFT, categoryId: 'c', communeId: 'x', content: 'x'.repeat(20) }, t)).toEqual({})
  })

  it('sends no contact when anonymous, and no empty contact fields otherwise', () => {
    const draft = { ...EMPTY_DRAFT, categoryId: 'c', communeId: 'x', content: '  nội dung  ', name: 'Lan', phone: ' 0905 ', email: '' }
    expect(toSubmission({ ...draft, anonymous: true })).toEqual({ categoryId: 'c', communeId: 'x', content: 'nội dung', anonymous: true })
    expect(toSubmission(draft)).toEqual({ categoryId: 'c', communeId: 'x', content: 'nội dung', anonymous: false, name: 'Lan', phone: '0905', email: undefined })
  })

  it('folds diacritics and đ for the commune search', () => {
    expect(fold('Phường Hải Vân')).toBe('phuong hai van')
    expect(fold('Xã Đông Hà')).toBe('xa dong ha')
  })
})

describe('tracking codes as typed', () => {
  it('accepts lower case, spaces and dashes; groups in fours', () => {
    const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-456'
    expect(normalizeTrackingCode('abcd efgh-jkmn pqrs tvwx yz23 456')).toBe(code)
    expect(normalizeTrackingCode(code)).toBe(code)
  })

  it('refuses what cannot be a code', () => {
    expect(normalizeTrackingCode('')).toBeNull()
    expect(normalizeTrackingCode('ABCD')).toBeNull()
    expect(normalizeTrackingCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-45!')).toBeNull()
  })
})

describe('who is offered the inbox', () => {
  const grant = (role: MeResponse['grants'][number]['role'], id: string) =>
    ({ id: `g-${id}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind: 'commune' } }) as MeResponse['grants'][number]
  const me = (grants: MeResponse['grants']) => ({ grants }) as MeResponse

  it('handling roles see it; members do not; offices enter cases', () => {
    expect(canUseFeedbackInbox(me([grant('member', 'a')]))).toBe(false)
    expect(canUseFeedbackInbox(me([grant('inspector', 'a')]))).toBe(true)
    expect(canEnterFeedback(me([grant('leader', 'a')]))).toBe(false)
    expect(canEnterFeedback(me([grant('office', 'a')]))).toBe(true)
  })

  it('opens on the first unit with a handling role', () => {
    expect(defaultFeedbackUnit(me([grant('member', 'a'), grant('secretary', 'b'), grant('office', 'c')]))?.id).toBe('b')
    expect(defaultFeedbackUnit(me([grant('member', 'a')]))).toBeNull()
  })
})
