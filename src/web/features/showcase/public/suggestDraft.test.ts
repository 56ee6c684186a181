import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { SuggestionSubmission } from '../../../../common/contracts/showcase.ts'
import { EMPTY_SUGGESTION, suggestProblems, toSuggestion } from './suggestDraft.ts'

const t = ((key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`) as unknown as TFunction
const COMMUNE = '00000000-0000-4000-8000-000000000001'
const good = { ...EMPTY_SUGGESTION, communeId: COMMUNE, title: 'Bữa cơm nghĩa tình', description: 'Nấu cơm miễn phí cho bệnh nhân nghèo mỗi tuần.' }

describe('a suggestion being written', () => {
  it('asks for the commune, a title of 5 and a description of 20 characters, spaces not counted', () => {
    expect(suggestProblems(good, t)).toEqual({})
    expect(suggestProblems({ ...EMPTY_SUGGESTION, title: '   abc   ', description: ' x ' }, t)).toEqual({
      communeId: 'showcase.suggest.required',
      title: 'showcase.suggest.tooShort{"min":5,"n":3}',
      description: 'showcase.suggest.tooShort{"min":20,"n":1}',
    })
  })

  it('sends trimmed text and leaves out an empty name or contact', () => {
    expect(toSuggestion({ ...good, title: '  Bữa cơm nghĩa tình ', name: '  ', contact: ' 0912 345 678 ' })).toEqual({
      communeId: COMMUNE, kind: 'practice', title: 'Bữa cơm nghĩa tình', description: good.description, suggesterName: undefined, suggesterContact: '0912 345 678',
    })
  })

  it('is what the server accepts: plain text, a phone or an email as contact', () => {
    const parse = (extra: Record<string, unknown>) => SuggestionSubmission.safeParse({ ...toSuggestion(good), ...extra })
    expect(parse({}).success).toBe(true)
    expect(parse({ suggesterContact: '0912 345 678' }).success).toBe(true)
    expect(parse({ suggesterContact: '+84 (236) 3.822.111' }).success).toBe(true)
    expect(parse({ suggesterContact: 'ban.doc@example.vn' }).success).toBe(true)
    expect(parse({ suggesterContact: '12345' }).success).toBe(false)
    expect(parse({ suggesterContact: '------' }).success).toBe(false)
    expect(parse({ suggesterContact: 'gọi tôi' }).success).toBe(false)
    expect(parse({ title: 'Mô hình <img src=x onerror=alert(1)>' }).success).toBe(false)
    expect(parse({ description: 'Tỷ lệ hộ nghèo giảm < 2% và số hộ khá > 50%.' }).success).toBe(true)
  })
})
