import { describe, expect, it } from 'vitest'
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Rubric } from '../../../common/contracts/rubrics.ts'
import { fromDraft, hasProblems, isShownPath, moveCriterion, newCriterion, sumPoints, toDraft } from './components/editor/draft.ts'
import { canManageRubrics, canUseRubrics, rubricPath, RUBRICS_PATH } from './paths.ts'

const area = (prefix: string) => [
  { key: 'typical', title: `${prefix}: tiêu biểu`, maxPoints: 60 },
  { key: 'results', title: `${prefix}: kết quả`, maxPoints: 40 },
]
const saved: Pick<Rubric, 'name' | 'sourceDocument' | 'effectiveFrom' | 'effectiveTo' | 'content'> = {
  name: 'Thang điểm 2027',
  sourceDocument: null,
  effectiveFrom: '2027-01-01',
  effectiveTo: null,
  content: { areas: { ideology: area('Tư tưởng'), ethics: area('Đạo đức'), style: area('Phong cách') } },
}

describe("the rubric editor's draft", () => {
  it('sends the whole content back, and only the details that changed', () => {
    const { body, problems } = fromDraft(toDraft(saved), saved)
    expect(hasProblems(problems)).toBe(false)
    expect(body).toEqual({ content: saved.content })

    const draft = { ...toDraft(saved), name: '  Thang điểm 2027 (sửa) ', sourceDocument: ' HD 12 ', effectiveTo: '2030-12-31' }
    expect(fromDraft(draft, saved).body).toMatchObject({ name: 'Thang điểm 2027 (sửa)', sourceDocument: 'HD 12', effectiveTo: '2030-12-31' })
    expect(fromDraft({ ...toDraft({ ...saved, sourceDocument: 'HD 12' }), sourceDocument: ' ' }, { ...saved, sourceDocument: 'HD 12' }).body.sourceDocument).toBeNull()
  })

  it('holds back empty points and areas that do not add up to 100', () => {
    const draft = toDraft(saved)
    draft.areas.ethics[1] = { ...draft.areas.ethics[1], maxPoints: '' }
    draft.areas.style.push(newCriterion(draft.areas.style))
    const { problems } = fromDraft(draft, saved)
    expect(problems.missing).toEqual(['content.areas.ethics.1.maxPoints', 'content.areas.style.2.maxPoints'])
    expect(problems.sums).toEqual({ ethics: 60 })
    draft.areas.style[2] = { ...draft.areas.style[2], maxPoints: 5 }
    expect(fromDraft(draft, saved).problems.sums).toEqual({ ethics: 60, style: 105 })
    expect(sumPoints(draft.areas.style)).toBe(105)
  })

  it('gives new rows a key unused in their area, and a row id of their own', () => {
    const items = toDraft(saved).areas.ideology
    const first = newCriterion(items)
    expect(first.key).toBe('tieu-chi-3')
    const second = newCriterion([...items, first])
    expect(second.key).toBe('tieu-chi-4')
    expect(new Set([...items, first, second].map((c) => c.row)).size).toBe(4)
  })

  it('moves rows up and down, never past either end', () => {
    expect(moveCriterion(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveCriterion(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveCriterion(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveCriterion(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c'])
  })

  it('shows the server’s messages about details, areas and rows in place; lists the rest', () => {
    expect(isShownPath('name')).toBe(true)
    expect(isShownPath('content.areas.ethics')).toBe(true)
    expect(isShownPath('content.areas.style.3.key')).toBe(true)
    expect(isShownPath('content.areas.style.3')).toBe(false)
    expect(isShownPath('code')).toBe(false)
  })
})

describe('rubric paths', () => {
  const grant = (role: GrantView['role']) => ({ id: `g-${role}`, role, scope: 'subtree', organization: { id: 'x', code: 'x', name: 'x', kind: 'commune' } }) satisfies GrantView
  const me = (...roles: GrantView['role'][]) => ({ grants: roles.map(grant) }) as unknown as MeResponse

  it('are offered to reviewers and administrators; new versions to administrators only', () => {
    expect(canUseRubrics(me('inspector'))).toBe(true)
    expect(canUseRubrics(me('member'))).toBe(false)
    expect(canManageRubrics(me('office', 'leader'))).toBe(false)
    expect(canManageRubrics(me('admin'))).toBe(true)
    expect(rubricPath('r1')).toBe(`${RUBRICS_PATH}/r1`)
  })
})
