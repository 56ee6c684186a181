// Text that must still say something once invisible characters are gone (schemas count them before cleaning).
import { cleanName } from '../../common/text/index.ts'
import { invalid } from './errors.ts'

export function cleanRequired(value: string, field: string, min: number): string {
  const clean = cleanName(value)
  if (clean.length < min) throw invalid('invalidValue', field)
  return clean
}
