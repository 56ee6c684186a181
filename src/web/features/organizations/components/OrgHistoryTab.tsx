import { Box, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useOrganizationHistory } from '../api.ts'
import { useDescribeHistory } from './historyText.tsx'

export function OrgHistoryTab({ org }: { org: Organization }) {
  const { t } = useTranslation()
  const history = useOrganizationHistory(org.id)
  const describe = useDescribeHistory()
  if (history.isPending) return <Loading />
  if (history.error) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />
  if (history.data.items.length === 0) return <Text>{t('history.empty')}</Text>
  return (
    <Box component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {history.data.items.map((entry) => {
        const { text, note } = describe(entry)
        return (
          <Box component="li" key={entry.id} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <Stack gap={2}>
              <Text fw={700}>
                <time dateTime={entry.effectiveDate}>{formatDate(entry.effectiveDate)}</time>
              </Text>
              <Text>{text}</Text>
              {note && <Text>{note}</Text>}
              {entry.actor && (
                <Text size="sm" c="dimmed">
                  {t('history.recordedBy', { actor: entry.actor })}
                </Text>
              )}
            </Stack>
          </Box>
        )
      })}
    </Box>
  )
}
