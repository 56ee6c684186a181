// Imports: one server-side session per uploaded file — upload (a validated preview), remap columns, commit, follow the
// progress (polled while running), discard. Each write puts the session it gets back into the cache.
import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ImportField, ImportKind, ImportSession } from '../../../common/contracts/imports.ts'
import { api, ApiError, isApiError, sendBinary } from '../../api/client.ts'
import i18n from '../../i18n/index.ts'
import { orgKeys } from '../organizations/api.ts'
import { peopleKeys } from '../people/api.ts'
import { uploadContentType } from './fields.ts'

export type { ImportSession }
export type ImportRow = ImportSession['rows'][number]

/** How often a running import's progress is read. */
export const IMPORT_POLL_MS = 700

export const importKeys = {
  all: ['imports'] as const,
  session: (id: string) => [...importKeys.all, 'session', id] as const,
  /** The mapping being sent: the confirmation waits for the preview it brings back. */
  mapping: (id: string) => [...importKeys.all, 'mapping', id] as const,
}

/**
 * A refusal the server's error handler did not word (a proxy's 413, a bare 415): said in the UI language instead of
 * "unexpected answer".
 */
function explainUploadError(error: unknown): unknown {
  if (!isApiError(error) || error.code !== 'bad_response') return error
  if (error.status === 413) return new ApiError({ status: 413, code: 'payload_too_large', message: i18n.t('imports.errors.tooLarge') })
  if (error.status === 415) return new ApiError({ status: 415, code: 'unsupported_media_type', message: i18n.t('imports.errors.notSpreadsheet') })
  return error
}

/** The session, read again every 700 ms while it runs; once done, people and organizations are read afresh. */
export function useImportSession(id: string | null) {
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: importKeys.session(id ?? ''),
    queryFn: ({ signal }) => api.get<ImportSession>(`/imports/${id}`, undefined, signal),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? IMPORT_POLL_MS : false),
  })
  const done = query.data?.status === 'done'
  useEffect(() => {
    if (!done) return
    void queryClient.invalidateQueries({ queryKey: peopleKeys.all })
    void queryClient.invalidateQueries({ queryKey: orgKeys.all })
  }, [done, id, queryClient])
  return query
}

export interface UploadInput {
  file: File
  kind: ImportKind
  org: string | null
}

/** Sends the file's bytes; the answer is the validated preview (nothing is written yet). */
export function useUploadImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ file, kind, org }: UploadInput) => {
      try {
        return await sendBinary<ImportSession>('/imports', file, {
          params: { kind, org },
          headers: { 'X-File-Name': encodeURIComponent(file.name) },
          contentType: uploadContentType(file),
        })
      } catch (error) {
        throw explainUploadError(error)
      }
    },
    onSuccess: (session) => queryClient.setQueryData(importKeys.session(session.id), session),
  })
}

/** Reads the columns as other fields; the answer is the preview validated again. */
export function useImportMapping(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: importKeys.mapping(id),
    mutationFn: (fields: (ImportField | null)[]) => api.put<ImportSession>(`/imports/${id}/mapping`, { fields }),
    onSuccess: (session) => queryClient.setQueryData(importKeys.session(id), session),
  })
}

/** Starts the import (202, status 'running'); the session query then polls until it is done or failed. */
export function useCommitImport(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<ImportSession>(`/imports/${id}/commit`, {}),
    onSuccess: (session) => queryClient.setQueryData(importKeys.session(id), session),
  })
}

/**
 * Throws the preview away (nothing was written); a session already gone counts as discarded. Its cached copy is left
 * to expire: removing it while the page still shows it would read it again (a 404).
 */
export function useDiscardImport(id: string) {
  return useMutation({
    mutationFn: async () => {
      try {
        await api.delete<void>(`/imports/${id}`)
      } catch (error) {
        if (!isApiError(error) || error.status !== 404) throw error
      }
    },
  })
}

/** A new mapping is on its way: the preview on screen is about to change. */
export function useMappingPending(id: string): boolean {
  return useIsMutating({ mutationKey: importKeys.mapping(id) }) > 0
}
