import { describe, it, expect } from 'vitest'
import * as text from './index.ts'

describe('text module index', () => {
  it('re-exports the public API', () => {
    for (const name of [
      'nfc', 'stripInvisible', 'cleanText', 'cleanName', 'fold', 'sortKey', 'compareVi', 'collationLevels',
      'splitName', 'compareNames', 'sortNames', 'nameSortKey',
      'decodeTcvn3', 'decodeVni', 'detectEncoding', 'decodeAuto', 'fontEncoding',
    ]) {
      expect(typeof (text as Record<string, unknown>)[name], name).toBe('function')
    }
  })
})
