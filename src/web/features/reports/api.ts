// Official documents: what the server can produce (PDF only with LibreOffice) and the address of each document. The
// files are fetched by the browser itself through plain links (same origin, the session cookie goes along).
import { useQuery } from '@tanstack/react-query'
import type { DocumentLayout, FileFormat, ReportCapabilities, ReportKind } from '../../../common/contracts/reports.ts'
import { api } from '../../api/client.ts'

export type { DocumentLayout, FileFormat, ReportKind }

export const reportKeys = {
  all: ['reports'] as const,
  capabilities: () => [...reportKeys.all, 'capabilities'] as const,
}

/** Asked once a session: it changes only when LibreOffice is installed or removed on the server. */
export function useReportCapabilities() {
  return useQuery({
    queryKey: reportKeys.capabilities(),
    queryFn: ({ signal }) => api.get<ReportCapabilities>('/reports/capabilities', undefined, signal),
    staleTime: Infinity,
  })
}

export type ReportParams = Record<string, string | null | undefined>

/** `/api/v1/reports/<kind>?…&format=…`, empty parameters left out. */
export function reportUrl(kind: ReportKind, format: FileFormat, params: ReportParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  search.set('format', format)
  return `/api/v1/reports/${kind}?${search.toString()}`
}
