// "Tra cứu phản ánh": the tracking code as typed (dashes, spaces, lower case are fine) → the case's status page.
import { Button, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { feedbackStatusPath, normalizeTrackingCode } from '../paths.ts'

/** The form alone: also shown under a "not found" answer to try another code. */
export function LookupForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const code = normalizeTrackingCode(value)
    if (!code) return setProblem(t('feedback.lookup.codeInvalid'))
    setProblem(null)
    void navigate(feedbackStatusPath(code))
  }

  return (
    <form onSubmit={onSubmit} noValidate role="search" aria-label={t('feedback.lookup.title')}>
      <Stack gap="md">
        <TextInput
          label={t('feedback.lookup.code')}
          description={t('feedback.lookup.codeHint')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          size="lg"
          required
          error={problem}
          errorProps={{ role: 'alert' }}
          styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', letterSpacing: '0.03em' } }}
        />
        <Button type="submit" size="lg" fullWidth leftSection={<IconSearch size={22} aria-hidden />}>
          {t('feedback.lookup.submit')}
        </Button>
      </Stack>
    </form>
  )
}

export function FeedbackLookupPage() {
  const { t } = useTranslation()
  usePageTitle(t('feedback.lookup.title'))
  return (
    <Stack gap="lg">
      <Title order={1}>{t('feedback.lookup.title')}</Title>
      <Text>{t('feedback.lookup.intro')}</Text>
      <LookupForm />
    </Stack>
  )
}
