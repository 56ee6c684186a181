// Who is signed in: the /auth/me query, shared through context. A 401 anywhere signs the UI out.
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query'
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import type { MeResponse } from '../../common/contracts/auth.ts'
import { api, isApiError, setCsrfToken } from './client.ts'

export const meKey = ['auth', 'me'] as const

async function fetchMe(): Promise<MeResponse | null> {
  try {
    const me = await api.get<MeResponse>('/auth/me')
    setCsrfToken(me.csrfToken)
    return me
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null)
      return null
    }
    throw error
  }
}

/** The security page, where two-step sign-in is turned on. */
export const SECURITY_PATH = '/bao-mat'

/** The installation requires two-step sign-in of this account and it is still off: only the security page is open. */
export function mustSetUpMfa(me: MeResponse): boolean {
  return me.mfa.required && !me.mfa.enabled
}

/** A new account (or none): nothing read by the previous one stays in memory. */
export function resetSession(queryClient: QueryClient, me: MeResponse | null): void {
  setCsrfToken(me?.csrfToken ?? null)
  void queryClient.cancelQueries()
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] })
  queryClient.getMutationCache().clear()
  queryClient.setQueryData(meKey, me)
}

interface Credentials {
  username: string
  password: string
  /** The 6-digit code, for an account with two-step sign-in. */
  otp?: string
}

interface Session {
  /** Undefined while the first answer is pending, null when signed out. */
  me: MeResponse | null | undefined
  isLoading: boolean
  error: unknown
  refetch: () => void
  /** Signed out on purpose (not an expired session): the next person starts at home, not on this person's last page. */
  signedOut: boolean
  signIn: (credentials: Credentials) => Promise<MeResponse>
  signOut: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const meQuery = useQuery({ queryKey: meKey, queryFn: fetchMe, retry: 1, staleTime: 5 * 60_000 })
  const [signedOut, setSignedOut] = useState(false)

  const { data, isLoading, error, refetch } = meQuery
  const value = useMemo<Session>(
    () => ({
      me: data,
      isLoading,
      error,
      refetch: () => void refetch(),
      signedOut,
      signIn: async (credentials) => {
        const me = await api.post<MeResponse>('/auth/login', credentials)
        setSignedOut(false)
        resetSession(queryClient, me)
        return me
      },
      signOut: async () => {
        // Signing out must succeed locally even when the server is unreachable.
        await api.post('/auth/logout').catch(() => undefined)
        setSignedOut(true)
        resetSession(queryClient, null)
      },
    }),
    [data, isLoading, error, refetch, signedOut, queryClient],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** The signed-in account; only for pages behind RequireAuth. */
export function useMe(): MeResponse {
  const { me } = useSession()
  if (!me) throw new Error('useMe on a page without a signed-in account')
  return me
}
