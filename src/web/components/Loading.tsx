import { Container, Group, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A visible "Đang tải…" with a spinner, announced politely to screen readers. */
export function Loading() {
  const { t } = useTranslation()
  return (
    <Group role="status" gap="sm" py="lg">
      <Loader size="sm" aria-hidden />
      <Text>{t('common.loading')}</Text>
    </Group>
  )
}

/** Before the layout exists (first load): the same, inside its own <main>. */
export function PageLoading() {
  return (
    <Container component="main" py="xl">
      <Loading />
    </Container>
  )
}
