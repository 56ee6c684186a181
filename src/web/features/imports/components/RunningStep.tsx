// Step 3 "Đang nhập": the server's progress, read every 700 ms (the page polls; this only shows it).
import { Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../components/format.ts'
import type { ImportSession } from '../api.ts'
import { StepHeading } from './StepHeading.tsx'

export function RunningStep({ session, pollFailed }: { session: ImportSession; pollFailed: boolean }) {
  const { t } = useTranslation()
  const progress = session.progress
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0
  return (
    <Stack gap="md" component="section" aria-labelledby="import-step-heading">
      <StepHeading n={3} title={t('imports.running.title')} />
      <Text>{t('imports.running.hint')}</Text>
      <Progress value={percent} size="xl" radius="xl" animated aria-label={t('imports.running.progress')} />
      <Text fw={500} role="status" aria-live="polite">
        {progress ? t('imports.running.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) }) : t('imports.running.preparing')}
      </Text>
      {pollFailed && (
        <Text size="sm" c="orange.9">
          {t('imports.running.pollFailed')}
        </Text>
      )}
    </Stack>
  )
}
