// Small helpers shared by the forms: server field errors, optional text and dates.
import { isApiError } from '../api/client.ts'

/** The server's message for a field, when the last submit failed on it. */
export function fieldError(error: unknown, path: string): string | undefined {
  return isApiError(error) ? error.field(path) : undefined
}

/** Empty input → undefined (not sent); otherwise the trimmed text. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed ? trimmed : undefined
}

/** For PATCH bodies: empty input → null (clears the field). */
export function nullableText(value: string): string | null {
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}
