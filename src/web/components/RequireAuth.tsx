import { Box } from '@mantine/core'
import { Navigate, Outlet, useLocation } from 'react-router'
import { mustSetUpMfa, SECURITY_PATH, useSession } from '../api/session.tsx'
import { ErrorState } from './ErrorState.tsx'
import { Layout } from './Layout.tsx'
import { PageLoading } from './Loading.tsx'

/**
 * Pages for signed-in users: inside the layout; otherwise to the sign-in page, coming back here afterwards.
 * An account the installation requires two-step sign-in of, still without it, sees only the security page.
 */
export function RequireAuth() {
  const { me, isLoading, error, refetch, signedOut } = useSession()
  const location = useLocation()
  if (me) {
    if (mustSetUpMfa(me) && location.pathname !== SECURITY_PATH) return <Navigate to={SECURITY_PATH} replace />
    return (
      <Layout>
        <Outlet />
      </Layout>
    )
  }
  if (isLoading || (me === undefined && !error)) {
    return <PageLoading />
  }
  if (error) {
    return (
      <Box component="main" p="md" maw={640} mx="auto">
        <ErrorState error={error} onRetry={refetch} />
      </Box>
    )
  }
  const next = `${location.pathname}${location.search}`
  return <Navigate to={next === '/' || signedOut ? '/dang-nhap' : `/dang-nhap?next=${encodeURIComponent(next)}`} replace />
}

/** Only a path on this site: never `//host` or a full URL (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/'
}
