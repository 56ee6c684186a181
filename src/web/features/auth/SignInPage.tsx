import { Alert, Box, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconAlertTriangle, IconLogin2, IconStarFilled } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { useSession } from '../../api/session.tsx'
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx'
import { safeNext } from '../../components/RequireAuth.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useSignIn } from './api.ts'

export function SignInPage() {
  const { t } = useTranslation()
  usePageTitle(t('auth.title'))
  const { me } = useSession()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const navigate = useNavigate()
  const { submit, isPending, error } = useSignIn()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')

  if (me) return <Navigate to={next} replace />

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const signedIn = await submit(username, password)
    if (signedIn) {
      setPassword('')
      await navigate(next, { replace: true })
    }
  }

  return (
    <Box component="main" px="md" py="xl" maw={480} mx="auto">
      <Group justify="space-between" mb="xl" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <IconStarFilled size={28} color="var(--mantine-color-red-9)" aria-hidden />
          <Text fw={700} size="xl" c="red.9">
            {t('app.name')}
          </Text>
        </Group>
        <LanguageSwitch />
      </Group>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={(e) => void onSubmit(e)}>
          <Stack gap="md">
            <Title order={1}>{t('auth.title')}</Title>
            <Text>{t('auth.intro')}</Text>
            {error != null && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('auth.failed')}>
                {error instanceof Error ? error.message : String(error)}
              </Alert>
            )}
            <TextInput
              label={t('auth.username')}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              required
              withAsterisk={false}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('auth.password')}
              name="password"
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
            <Button type="submit" size="lg" loading={isPending} leftSection={<IconLogin2 size={22} aria-hidden />}>
              {t('auth.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm" c="dimmed" ta="center" mt="lg">
        {t('app.tagline')}
      </Text>
    </Box>
  )
}
