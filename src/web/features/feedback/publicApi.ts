// The public (no account) feedback API: the form's options, sending, the status page by tracking code, rating and
// reopening. Plain requests through the api client: public routes need no session or CSRF token (the server only
// refuses cross-site writes). The tracking code stays in memory (query keys), never in a title or elsewhere.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  FeedbackOptions as FeedbackOptionsSchema, FeedbackReceipt as FeedbackReceiptSchema, FeedbackStatus, FeedbackSubmission as FeedbackSubmissionSchema,
  PublicFeedback, RatingBody, ReopenBody,
} from '../../../common/contracts/feedback.ts'
import { api, isApiError, sendForm } from '../../api/client.ts'
import { feedbackFormData } from './attachments.ts'

export type { FeedbackStatus, PublicFeedback }
export type FeedbackOptions = z.infer<typeof FeedbackOptionsSchema>
export type FeedbackReceipt = z.infer<typeof FeedbackReceiptSchema>
export type FeedbackSubmission = z.input<typeof FeedbackSubmissionSchema>

/** The steps in order, as the status page lists them (typed against the contract). */
export const FEEDBACK_STATUS_VALUES: readonly FeedbackStatus[] = ['received', 'acknowledged', 'in_progress', 'answered', 'closed']

export const publicFeedbackKeys = {
  all: ['public-feedback'] as const,
  options: () => [...publicFeedbackKeys.all, 'options'] as const,
  status: (code: string) => [...publicFeedbackKeys.all, 'status', code] as const,
}

/** Topics and communes for the form (changes rarely: kept for the visit). */
export function useFeedbackOptions() {
  return useQuery({
    queryKey: publicFeedbackKeys.options(),
    queryFn: ({ signal }) => api.get<FeedbackOptions>('/public/feedback/options', undefined, signal),
    staleTime: 60 * 60_000,
  })
}

/** A submission with its files, if any: JSON without files, multipart with them (same fields). */
export type SubmissionWithFiles<T = FeedbackSubmission> = T & { files?: File[] }

/** POSTs a case to `path`: JSON when no file goes with it, multipart/form-data otherwise. */
export function postFeedback<T extends FeedbackSubmission>(path: string, { files = [], ...body }: SubmissionWithFiles<T>) {
  return files.length > 0 ? sendForm<FeedbackReceipt>(path, feedbackFormData(body, files)) : api.post<FeedbackReceipt>(path, body)
}

export function useSubmitFeedbackMutation() {
  return useMutation({ mutationFn: (input: SubmissionWithFiles) => postFeedback('/public/feedback', input) })
}

/** The public status of a case; null when there is none with this code (unknown and malformed codes look the same). */
export function usePublicFeedback(code: string) {
  return useQuery({
    queryKey: publicFeedbackKeys.status(code),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<PublicFeedback>(`/public/feedback/${encodeURIComponent(code)}`, undefined, signal)
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.status === 422)) return null
        throw error
      }
    },
    enabled: Boolean(code),
    staleTime: 0,
  })
}

function useAfterStep(code: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: publicFeedbackKeys.status(code) })
}

export function useRateFeedbackMutation(code: string) {
  const after = useAfterStep(code)
  return useMutation({
    mutationFn: (input: z.input<typeof RatingBody>) => api.post<{ ok: true }>(`/public/feedback/${encodeURIComponent(code)}/rating`, input),
    onSuccess: after,
  })
}

export function useReopenFeedbackMutation(code: string) {
  const after = useAfterStep(code)
  return useMutation({
    mutationFn: (input: z.input<typeof ReopenBody>) => api.post<{ ok: true }>(`/public/feedback/${encodeURIComponent(code)}/reopen`, input),
    onSuccess: after,
  })
}
