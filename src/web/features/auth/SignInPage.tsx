import { Alert, Anchor, Box, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconAlertTriangle, IconArrowLeft, IconLogin2, IconStarFilled } from '@tabler/icons-react'
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { useSession } from '../../api/session.tsx'
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx'
import { safeNext } from '../../components/RequireAuth.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { PUBLIC_EXEMPLARY_PATH } from '../exemplary/public/publicApi.ts'
import { FEEDBACK_LOOKUP_PATH, FEEDBACK_PUBLIC_PATH } from '../feedback/paths.ts'
import { SHOWCASE_PATH } from '../showcase/paths.ts'
import { isCodeRequest, useSignIn } from './api.ts'
import { CodeInput } from './components/CodeInput.tsx'

/**
 * Sign in with username and password; for an account with two-step sign-in, the server then asks for a code and the
 * same page shows a second step. The password stays in this component's state only (needed to send it again with the
 * code) and is cleared after signing in or going back.
 */
export function SignInPage() {
  const { t } = useTranslation()
  usePageTitle(t('auth.title'))
  const { me } = useSession()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const navigate = useNavigate()
  const { submit, isPending, error, clearError } = useSignIn()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  // The code step: the server's request for a code, the code, and why the last one was refused.
  const [prompt, setPrompt] = useState<string | null>(null)
  const [otp, setOtp] = useState('')
  const [codeError, setCodeError] = useState<string | null>(null)
  const [cameBack, setCameBack] = useState(false)
  const codeRef = useRef<HTMLInputElement>(null)

  if (me) return <Navigate to={next} replace />

  const codeStep = prompt !== null

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const result = await submit({ username, password, otp: codeStep ? otp : undefined })
    if (result.me) {
      setPassword('')
      setOtp('')
      await navigate(next, { replace: true })
    } else if (isCodeRequest(result.error)) {
      if (codeStep) {
        setCodeError(result.error.message)
        setOtp('')
        codeRef.current?.focus()
      } else {
        setPrompt(result.error.message)
      }
    } else {
      setCodeError(null)
    }
  }

  function back() {
    setPrompt(null)
    setOtp('')
    setCodeError(null)
    setPassword('')
    setCameBack(true)
    clearError()
  }

  // The code step shows the refused code next to its input; everything else (throttling, network) above the form.
  const alert = error != null && !isCodeRequest(error) ? error : null

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
            {!codeStep && <Text>{t('auth.intro')}</Text>}
            {alert != null && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('auth.failed')}>
                {alert instanceof Error ? alert.message : String(alert)}
              </Alert>
            )}
            {codeStep ? (
              <>
                <Text fw={500}>{t('auth.codeFor', { username: username.trim() })}</Text>
                <CodeInput
                  inputRef={codeRef}
                  value={otp}
                  onChange={setOtp}
                  // The server's request ("Nhập mã xác thực 6 chữ số…"), read out with the label as focus moves here.
                  description={prompt}
                  error={codeError}
                  autoFocus
                />
              </>
            ) : (
              <>
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
                  autoFocus={cameBack}
                />
              </>
            )}
            <Button type="submit" size="lg" loading={isPending} leftSection={<IconLogin2 size={22} aria-hidden />}>
              {t('auth.submit')}
            </Button>
            {codeStep && (
              <Button variant="default" leftSection={<IconArrowLeft size={20} aria-hidden />} onClick={back} disabled={isPending}>
                {t('auth.back')}
              </Button>
            )}
          </Stack>
        </form>
      </Paper>
      <Text ta="center" mt="lg">
        <Anchor component={Link} to={SHOWCASE_PATH}>
          {t('showcase.fromSignIn')}
        </Anchor>
      </Text>
      <Text ta="center" mt="sm">
        <Anchor component={Link} to={PUBLIC_EXEMPLARY_PATH}>
          {t('public.fromSignIn')}
        </Anchor>
      </Text>
      <Group justify="center" gap="lg" mt="sm">
        <Anchor component={Link} to={FEEDBACK_PUBLIC_PATH}>
          {t('feedback.sendLink')}
        </Anchor>
        <Anchor component={Link} to={FEEDBACK_LOOKUP_PATH}>
          {t('feedback.lookupLink')}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed" ta="center" mt="md">
        {t('app.tagline')}
      </Text>
    </Box>
  )
}
