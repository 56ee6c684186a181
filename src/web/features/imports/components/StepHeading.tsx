// The heading of each step ("Bước 2/4" above it): the page moves focus here when the step changes, so that a screen
// reader hears where it is and the keyboard starts from the step's top.
import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export const STEP_HEADING_ID = 'import-step-heading'

export function StepHeading({ n, title }: { n: 1 | 2 | 3 | 4; title: string }) {
  const { t } = useTranslation()
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {t('imports.step', { n })}
      </Text>
      <Title order={2} id={STEP_HEADING_ID} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
    </Stack>
  )
}
