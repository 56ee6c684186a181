// Text that must still say something once invisible characters are gone (schemas count them before cleaning).
import { cleanName, cleanText } from '../../common/text/index.ts'
import { invalid } from './errors.ts'

export function cleanRequired(value: string, field: string, min: number): string {
  const clean = cleanName(value)
  if (clean.length < min) throw invalid('invalidValue', field)
  return clean
}

/** The same for free text that keeps its line breaks (commitment items, comments). */
export function cleanRequiredText(value: string, field: string, min: number): string {
  const clean = cleanText(value)
  if (clean.length < min) throw invalid('invalidValue', field)
  return clean
}
