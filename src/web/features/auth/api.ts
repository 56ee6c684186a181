// Signing in: a small state machine over the session's signIn (the password never enters a query cache).
import { useState } from 'react'
import type { MeResponse } from '../../../common/contracts/auth.ts'
import { useSession } from '../../api/session.tsx'

export function useSignIn() {
  const { signIn } = useSession()
  const [isPending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  async function submit(username: string, password: string): Promise<MeResponse | null> {
    setPending(true)
    setError(null)
    try {
      return await signIn({ username: username.trim(), password })
    } catch (e) {
      setError(e)
      return null
    } finally {
      setPending(false)
    }
  }
  return { submit, isPending, error }
}
