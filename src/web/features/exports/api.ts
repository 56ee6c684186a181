// Excel exports: the same-origin address of each list's file, with the list's current filters. The browser downloads
// it with the session cookie like any page of the app; nothing is fetched by script.
import type { ExportList } from '../../../common/contracts/exports.ts'

export type ExportParams = Record<string, string | boolean | null | undefined>

export function exportUrl(list: ExportList, params: ExportParams = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  }
  const qs = search.toString()
  return `/api/v1/exports/${list}${qs ? `?${qs}` : ''}`
}
