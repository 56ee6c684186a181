import { Button, Code, CopyButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCheck, IconCopy, IconShieldCheck } from '@tabler/icons-react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useMfaConfirmMutation, useMfaSetupMutation, type MfaSetup } from '../api.ts'
import { CodeInput } from './CodeInput.tsx'

/** The QR code as an image (never as markup in the page): a data: URI, which the CSP allows for images. */
function svgDataUri(svg: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte)
  return `data:image/svg+xml;base64,${btoa(binary)}`
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read out and type by hand. */
const groupsOfFour = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

/** Off: a button that asks the server for a new secret. Then: the app to install, the QR code and key, the first code. */
export function MfaSetupPanel() {
  const { t } = useTranslation()
  const setup = useMfaSetupMutation()

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        {setup.error != null && <ErrorState error={setup.error} title={t('errors.actionFailed')} />}
        <Button size="lg" leftSection={<IconShieldCheck size={22} aria-hidden />} loading={setup.isPending} onClick={() => setup.mutate()}>
          {t('security.enable')}
        </Button>
      </Stack>
    )
  }
  return <SetupSteps setup={setup.data} onCancel={() => setup.reset()} />
}

function SetupSteps({ setup, onCancel }: { setup: MfaSetup; onCancel: () => void }) {
  const { t } = useTranslation()
  const confirm = useMfaConfirmMutation()
  const [otp, setOtp] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  // The button that opened these steps is gone: start reading at their heading.
  useEffect(() => heading.current?.focus(), [])

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    confirm.mutate(otp, {
      onSuccess: () => {
        notifySuccess(t('security.enabled'))
        // These steps disappear with the new state: continue reading at the page's content.
        document.getElementById('main-content')?.focus({ preventScroll: true })
      },
      onError: () => setOtp(''),
    })
  }
  const otpError = fieldError(confirm.error, 'otp')

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="mfa-setup-title">
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Title order={3} id="mfa-setup-title" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
            {t('security.setupTitle')}
          </Title>
          <List type="ordered" spacing="lg" size="md">
            <List.Item>{t('security.stepInstall')}</List.Item>
            <List.Item>
              <Stack gap="sm">
                <Text>{t('security.stepScan')}</Text>
                <img
                  src={svgDataUri(setup.qrSvg)}
                  alt={t('security.qrAlt')}
                  width={232}
                  height={232}
                  style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)' }}
                />
                <Text>{t('security.manualEntry')}</Text>
                <Group gap="sm">
                  <Code data-testid="totp-secret" fz="lg" fw={700} px="sm" py={6} style={{ letterSpacing: '0.08em', wordBreak: 'break-word' }}>
                    {groupsOfFour(setup.secret)}
                  </Code>
                  <CopyButton value={setup.secret} timeout={2000}>
                    {({ copied, copy }) => (
                      <Button
                        variant="default"
                        leftSection={copied ? <IconCheck size={20} aria-hidden /> : <IconCopy size={20} aria-hidden />}
                        onClick={copy}
                      >
                        {copied ? t('security.copied') : t('security.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              </Stack>
            </List.Item>
            <List.Item>
              <Stack gap="sm">
                <Text>{t('security.stepCode')}</Text>
                <CodeInput value={otp} onChange={setOtp} error={otpError} />
              </Stack>
            </List.Item>
          </List>
          {confirm.error != null && !otpError && <FormError error={confirm.error} />}
          <Group gap="sm">
            <Button type="submit" size="lg" loading={confirm.isPending}>
              {t('security.confirm')}
            </Button>
            <Button variant="default" size="lg" onClick={onCancel} disabled={confirm.isPending}>
              {t('security.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
