// Under an item once reported: the mid-year progress as a bar with its note, then the year-end result with its evidence.
import { Badge, Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ItemResult } from '../api.ts'

export interface Outcome {
  midyearPercent?: number | null
  midyearNote?: string | null
  result?: ItemResult | null
  resultNote?: string | null
}

// Filled, as the status badges: white text on shade 9 keeps 4.5:1.
const RESULT_COLOR: Record<ItemResult, string> = { not_done: 'red', done: 'blue', exceeded: 'teal' }

export function ItemOutcome({ item, n }: { item: Outcome; n: number }) {
  const { t } = useTranslation()
  const percent = item.midyearPercent
  if ((percent === null || percent === undefined) && !item.result) return null
  return (
    <Stack gap={6} mt={4} pt={8} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      {percent !== null && percent !== undefined && (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={700}>{t('commitments.progress.label')}</Text>
            <Text size="sm" fw={700} data-testid="progress-percent">{t('commitments.progress.percent', { n: percent })}</Text>
          </Group>
          <Progress value={percent} size="lg" radius="xl" color={percent >= 100 ? 'teal' : 'blue'} aria-label={t('commitments.progress.barLabel', { n })} />
          {item.midyearNote && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{item.midyearNote}</Text>}
        </Stack>
      )}
      {item.result && (
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" fw={700}>{t('commitments.result.label')}:</Text>
            <Badge variant="filled" color={RESULT_COLOR[item.result]}>
              {t(`commitments.result.${item.result}`)}
            </Badge>
          </Group>
          {item.resultNote && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={700}>{t('commitments.result.evidence')}:</Text> {item.resultNote}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  )
}
