// Entry point: fonts and styles, Mantine, react-query (30 s freshness, no polling), the session, the router.
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/500.css'
import '@fontsource/be-vietnam-pro/700.css'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './styles.css'
import { i18nReady } from './i18n/index.ts'

import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { isApiError } from './api/client.ts'
import { meKey, SECURITY_PATH, SessionProvider } from './api/session.tsx'
import { router } from './router.tsx'
import { cssVariablesResolver, theme } from './theme.ts'

/**
 * A 401 anywhere means the session ended: forget the account, and RequireAuth sends the user to sign in.
 * A 403 mfa_setup_required means the account must turn on two-step sign-in first (the policy or its grants changed
 * since /auth/me was read): read it again and go to the security page.
 */
function onApiError(error: unknown) {
  if (!isApiError(error)) return
  if (error.status === 401) {
    queryClient.setQueryData(meKey, null)
  } else if (error.code === 'mfa_setup_required') {
    void queryClient.invalidateQueries({ queryKey: meKey })
    if (router.state.location.pathname !== SECURITY_PATH) void router.navigate(SECURITY_PATH, { replace: true })
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      gcTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // Retry only what may succeed later: the network or the server, not a refusal.
      retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    },
    mutations: { retry: false },
  },
})

await i18nReady

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <Notifications position="top-center" limit={3} />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
)
