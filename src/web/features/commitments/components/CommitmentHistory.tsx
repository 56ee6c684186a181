// "Quá trình": every step of the commitment, oldest first, with the comment, who took it and when.
import { Box, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../components/format.ts'
import type { CommitmentEvent } from '../api.ts'

export function CommitmentHistory({ history }: { history: readonly CommitmentEvent[] }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby="commitment-history">
      <Title order={2} id="commitment-history">
        {t('commitments.history')}
      </Title>
      <Box component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {history.map((event, i) => {
          const what = t(`commitments.event.${event.kind}`)
          return (
            <Box component="li" key={`${event.kind}-${event.at}-${i}`} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <Stack gap={2}>
                <Text fw={700}>{event.comment ? t('commitments.eventWithComment', { event: what, comment: event.comment }) : what}</Text>
                <Text size="sm" c="dimmed">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  {event.actor && ` · ${event.actor}`}
                </Text>
              </Stack>
            </Box>
          )
        })}
      </Box>
    </Stack>
  )
}
