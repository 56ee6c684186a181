// "Quá trình xử lý": every step of the nomination, oldest first, as a timeline — what, from which level to which, the
// reason given (returns, declines, withdrawals, resubmissions), who and when.
import { Stack, Text, Timeline, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../components/format.ts'
import type { NominationDetail } from '../api.ts'
import { useEventLabel } from './labels.ts'

export function HistoryTimeline({ nomination }: { nomination: NominationDetail }) {
  const { t } = useTranslation()
  const label = useEventLabel()
  return (
    <Stack gap="sm" component="section" aria-labelledby="nomination-history-title">
      <Title order={2} id="nomination-history-title">
        {t('nominations.history.title')}
      </Title>
      <Timeline active={nomination.history.length - 1} bulletSize={18} lineWidth={2} aria-label={t('nominations.history.label')}>
        {nomination.history.map((e) => (
          <Timeline.Item key={e.id} title={<Text fw={700} component="span">{label(e.kind)}</Text>}>
            {e.from && e.to && e.from.id !== e.to.id && <Text size="sm">{t('nominations.history.fromTo', { from: e.from.name, to: e.to.name })}</Text>}
            {e.from && (!e.to || e.from.id === e.to.id) && <Text size="sm">{e.from.name}</Text>}
            {e.note && <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.note}</Text>}
            <Text size="sm">
              {formatDateTime(e.at)}
              {e.by ? ` · ${t('nominations.history.by', { name: e.by })}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  )
}
