// The case's progress as an ordered list of steps: done ones ticked, the current one marked (aria-current="step").
import { Box, Text, ThemeIcon, VisuallyHidden } from '@mantine/core'
import { IconCheck, IconPointFilled } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { FEEDBACK_STATUS_VALUES, type FeedbackStatus } from '../publicApi.ts'

export function StatusSteps({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation()
  const current = FEEDBACK_STATUS_VALUES.indexOf(status)
  return (
    <Box component="ol" aria-label={t('feedback.statusPage.steps')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-xs)' }}>
      {FEEDBACK_STATUS_VALUES.map((step, i) => {
        const done = i < current || (i === current && step === 'closed')
        const isCurrent = i === current
        return (
          <Box component="li" key={step} aria-current={isCurrent ? 'step' : undefined} style={{ display: 'flex', alignItems: 'center', gap: 'var(--mantine-spacing-sm)' }}>
            <ThemeIcon
              size={32}
              radius="xl"
              color={done ? 'teal' : isCurrent ? 'blue' : 'gray'}
              variant={done || isCurrent ? 'filled' : 'outline'}
              aria-hidden
            >
              {done ? <IconCheck size={20} /> : isCurrent ? <IconPointFilled size={20} /> : <Text component="span" size="sm" fw={700}>{i + 1}</Text>}
            </ThemeIcon>
            <Text fw={isCurrent ? 700 : 400} c={i > current ? 'dimmed' : undefined}>
              {t(`feedback.status.${step}`)}
              {(isCurrent || done) && <VisuallyHidden>{` — ${isCurrent ? t('feedback.statusPage.stepCurrent') : t('feedback.statusPage.stepDone')}`}</VisuallyHidden>}
            </Text>
          </Box>
        )
      })}
    </Box>
  )
}
