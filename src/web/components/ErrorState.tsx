import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** A failed load: the server's own message (already in the UI language), and a retry when it may help. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation()
  const message = error instanceof Error ? error.message : t('errors.network')
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title ?? t('errors.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="md">{message}</Text>
        {onRetry && (
          <Button variant="outline" color="red" leftSection={<IconRefresh size={20} aria-hidden />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
