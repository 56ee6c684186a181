import { Alert, Badge, Stack, Text, Title } from '@mantine/core'
import { IconShieldLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { mustSetUpMfa, useMe } from '../../api/session.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ChangePasswordForm } from './components/ChangePasswordForm.tsx'
import { MfaSetupPanel } from './components/MfaSetupPanel.tsx'

/**
 * /bao-mat: two-step sign-in for the signed-in account. Where the installation requires it and it is still off,
 * every other page sends the user here (RequireAuth) until it is on.
 */
export function SecurityPage() {
  const { t } = useTranslation()
  usePageTitle(t('security.title'))
  const me = useMe()
  const mustSetUp = mustSetUpMfa(me)

  const status = (
    <Badge variant="filled" color={me.mfa.enabled ? 'teal' : 'gray'}>
      {me.mfa.enabled ? t('security.on') : t('security.off')}
    </Badge>
  )

  return (
    <>
      <Title order={1}>{t('security.title')}</Title>
      {mustSetUp && (
        <Alert color="orange" variant="light" icon={<IconShieldLock aria-hidden />}>
          <Text>{t('security.requiredNotice')}</Text>
        </Alert>
      )}
      <Stack gap="md" component="section" aria-labelledby="mfa-title">
        <Title order={2} id="mfa-title">
          {t('security.mfaTitle')}
        </Title>
        <Text>{t('security.mfaExplain')}</Text>
        <DefinitionList items={[[t('security.status'), status]]} />
        {me.mfa.enabled ? <Text>{t('security.onHint')}</Text> : <MfaSetupPanel />}
      </Stack>
      {!mustSetUp && <ChangePasswordForm />}
    </>
  )
}
