// Signing in (a small state machine over the session's signIn: the password never enters a query cache) and
// turning on two-step sign-in (the new secret lives only in the setup mutation while the page shows it).
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { MeResponse } from '../../../common/contracts/auth.ts'
import { api, isApiError, setCsrfToken, type ApiError } from '../../api/client.ts'
import { meKey, useSession } from '../../api/session.tsx'

export interface SignInInput {
  username: string
  password: string
  otp?: string
}

/** The server asks for (another) 6-digit code: the account has two-step sign-in on. */
export function isCodeRequest(error: unknown): error is ApiError {
  return isApiError(error) && error.code === 'mfa_required'
}

export function useSignIn() {
  const { signIn } = useSession()
  const [isPending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  async function submit(input: SignInInput): Promise<{ me: MeResponse | null; error: unknown }> {
    setPending(true)
    setError(null)
    try {
      return { me: await signIn({ ...input, username: input.username.trim() }), error: null }
    } catch (e) {
      setError(e)
      return { me: null, error: e }
    } finally {
      setPending(false)
    }
  }
  return { submit, isPending, error, clearError: () => setError(null) }
}

export interface MfaSetup {
  secret: string
  otpauthUri: string
  qrSvg: string
}

export function useMfaSetupMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<MfaSetup>('/auth/mfa/setup'),
    // Already on (another tab turned it on): show the fresh state.
    onError: (error) => {
      if (isApiError(error) && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: meKey })
    },
    // The answer holds the secret: gone from the cache as soon as the page no longer shows it.
    gcTime: 0,
  })
}

export function useMfaConfirmMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (otp: string) => api.post<MeResponse>('/auth/mfa/confirm', { otp }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken)
      queryClient.setQueryData(meKey, me)
    },
    gcTime: 0,
  })
}

export function useChangePasswordMutation() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/auth/password', input),
    // Passwords never stay in the mutation cache.
    gcTime: 0,
  })
}
