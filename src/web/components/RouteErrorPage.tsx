import { Box, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconHome, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage } from './NotFoundPage.tsx'
import { usePageTitle } from './usePageTitle.ts'

/**
 * Shown when a page crashes. `standalone` when the layout itself failed: then this page brings its own
 * <main>. A plain link home (not client navigation), so a broken state is left behind.
 */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation()
  const error = useRouteError()
  usePageTitle(t('routeError.title'))
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  const content = (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('routeError.title')}</Title>
      <Text>{t('routeError.body')}</Text>
      <Group>
        <Button leftSection={<IconRefresh size={20} aria-hidden />} onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
        <Button component="a" href="/" variant="default" leftSection={<IconHome size={20} aria-hidden />}>
          {t('routeError.home')}
        </Button>
      </Group>
    </Stack>
  )
  return standalone ? (
    <Box component="main" p="md" maw={720} mx="auto">
      {content}
    </Box>
  ) : (
    content
  )
}
