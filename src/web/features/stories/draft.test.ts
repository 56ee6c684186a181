import { describe, expect, it } from 'vitest'
import type { GrantView } from '../../../common/contracts/auth.ts'
import { changesOf, uniqueTags, type StoryDraft } from './draft.ts'
import { defaultStoryUnit, publicStoryPhotoUrl, storyPhotoUrl } from './paths.ts'

const saved = { title: 'Tự giác học và làm theo gương Bác', byline: 'NG.ĐOAN (ghi)', lead: 'Một đoạn mở đầu đủ dài.', body: '<p>Nội dung</p>', tags: ['Chỉ thị 05'], model: null }
const draft = (patch: Partial<StoryDraft> = {}): StoryDraft => ({ ...saved, byline: saved.byline, ...patch })

describe("the editor's draft", () => {
  it('sends only what changed; whitespace around the text is no change, an emptied byline clears it', () => {
    expect(changesOf(draft(), saved)).toEqual({})
    expect(changesOf(draft({ title: `  ${saved.title} ` }), saved)).toEqual({})
    expect(changesOf(draft({ byline: '  ' }), saved)).toEqual({ byline: null })
    expect(changesOf(draft({ tags: ['Chỉ thị 05', 'Nêu gương'], model: { id: 'm1', title: 'Gương' } }), saved)).toEqual({ tags: ['Chỉ thị 05', 'Nêu gương'], modelId: 'm1' })
    expect(changesOf(draft({ model: null }), { ...saved, model: { id: 'm1', title: 'Gương' } })).toEqual({ modelId: null })
  })

  it('keeps one of each tag without regard to case and diacritics, as the server does', () => {
    expect(uniqueTags(['Chỉ thị 05', 'chi thi 05', ' Nêu   gương ', 'NÊU GƯƠNG', '', 'Dân vận'])).toEqual(['Chỉ thị 05', 'Nêu gương', 'Dân vận'])
  })
})

describe('story paths', () => {
  const grant = (role: GrantView['role'], kind: GrantView['organization']['kind'], id: string) =>
    ({ id: `g-${id}`, role, scope: 'subtree', organization: { id, code: id, name: id, kind } }) satisfies GrantView

  it('open on my highest unit that reads (or writes) stories', () => {
    const grants = [grant('member', 'province', 'p'), grant('secretary', 'cell', 'c'), grant('inspector', 'commune', 'x')]
    expect(defaultStoryUnit(grants)?.id).toBe('x')
    expect(defaultStoryUnit(grants, true)?.id).toBe('c')
    expect(defaultStoryUnit([grant('member', 'cell', 'c')])).toBeNull()
  })

  it('read photos inside the app and on the public site from their own addresses', () => {
    expect(storyPhotoUrl('s', 'p', true)).toBe('/api/v1/stories/s/photos/p?size=thumb')
    expect(publicStoryPhotoUrl('s', 'p')).toBe('/api/v1/public/stories/s/photos/p')
  })
})
