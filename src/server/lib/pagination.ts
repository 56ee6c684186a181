// Keyset pagination: an opaque cursor that carries the sort values of the last row.
import { z } from 'zod'
import { AppError } from './errors.ts'

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url')
}

const CursorValues = z.array(z.union([z.string().max(400), z.number()])).min(1).max(4)

export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null
  try {
    const values = CursorValues.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
    if (values.length !== length) throw new Error('length')
    return values
  } catch {
    throw new AppError('validation_failed', 'invalidCursor', {}, { fields: [{ path: 'cursor', message: 'invalidCursor' }] })
  }
}
