// Keyset pagination: an opaque cursor that carries the sort values of the last row.
import { z } from 'zod'
import { AppError } from './errors.ts'

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url')
}

const CursorValues = z.array(z.union([z.string().max(400), z.number()])).min(1).max(4)

/** Sort values a cursor may carry: a sort key or text (bounded), a number, a row id. */
export const cursorKey = z.string().max(400)

/**
 * The last row's sort values, each checked against the list's shape before it reaches SQL (a forged cursor with a
 * malformed id or timestamp is a 422 like any bad input, never a database error).
 */
export function decodeCursor<T extends z.ZodTuple>(cursor: string | undefined, shape: T): z.infer<T> | null {
  if (!cursor) return null
  try {
    return shape.parse(CursorValues.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))))
  } catch {
    throw new AppError('validation_failed', 'invalidCursor', {}, { fields: [{ path: 'cursor', message: 'invalidCursor' }] })
  }
}
