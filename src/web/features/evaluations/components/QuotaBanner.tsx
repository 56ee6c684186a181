// The quota where the unit decides: how many "excellent" ratings are decided against how many the rule allows.
import { Alert, Progress, Stack, Text } from '@mantine/core'
import { IconChartBar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../components/format.ts'
import type { QuotaUse } from '../api.ts'

export function QuotaBanner({ quota }: { quota: QuotaUse }) {
  const { t } = useTranslation()
  const over = quota.excellent > quota.allowed
  const value = quota.allowed > 0 ? Math.min(100, (100 * quota.excellent) / quota.allowed) : quota.excellent > 0 ? 100 : 0
  const text = t('evaluations.quota.use', {
    excellent: formatNumber(quota.excellent), allowed: formatNumber(quota.allowed), percent: formatNumber(quota.percent), good: formatNumber(quota.good),
  })
  return (
    <Alert color={over ? 'red' : 'blue'} variant="light" icon={<IconChartBar aria-hidden />} title={t('evaluations.quota.title', { scope: quota.scope.name })}>
      <Stack gap="xs">
        <Text data-testid="quota-use">{text}</Text>
        <Progress value={value} size="lg" radius="xl" color={over ? 'red' : 'teal'} aria-label={text} />
        {over && <Text size="sm" fw={500}>{t('evaluations.quota.over')}</Text>}
      </Stack>
    </Alert>
  )
}
