import { Anchor, Button, Group, Stack, Title } from '@mantine/core'
import { IconKey, IconLock, IconLockOpen, IconPencil, IconShieldX } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useAccount, useResetMfaMutation, useUpdateAccountMutation } from './api.ts'
import { AccountStatusBadge } from './components/AccountStatusBadge.tsx'
import { EditAccountModal } from './components/EditAccountModal.tsx'
import { GrantsSection } from './components/GrantsSection.tsx'
import { SetPasswordModal } from './components/SetPasswordModal.tsx'
import { BackLink, LoadFailure } from '../../components/BackLink.tsx'

type Dialog = 'edit' | 'password' | 'disable' | 'resetMfa'

export function AccountPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useAccount(id)
  const status = useUpdateAccountMutation(id)
  const resetMfa = useResetMfaMutation(id)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  usePageTitle(query.data?.displayName ?? t('accounts.title'))

  const back = (
    <BackLink to="/tai-khoan">{t('accounts.backToList')}</BackLink>
  )
  if (query.isPending) return <Loading />
  if (query.error) {
    return <LoadFailure back={back} title={t('accounts.title')} error={query.error} onRetry={() => void query.refetch()} />
  }
  const account = query.data
  const close = () => setDialog(null)
  const setStatus = (next: 'active' | 'disabled') => status.mutate({ status: next }, notifyAndClose(t('accounts.statusChanged'), close))

  const person = account.person ? (
    <Anchor component={Link} to={`/nguoi/${account.person.id}`}>
      {account.person.fullName}
    </Anchor>
  ) : (
    t('accounts.noPerson')
  )
  const facts: [string, ReactNode][] = [
    [t('accounts.username'), account.username],
    [t('accounts.person'), person],
    [t('accounts.createdAt'), formatDateTime(account.createdAt)],
    [t('accounts.lastLogin'), account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('accounts.never')],
    [t('accounts.mfa'), account.mfaEnabled ? t('accounts.mfaOn') : t('accounts.mfaOff')],
  ]

  return (
    <>
      {back}
      <Stack gap="xs">
        <Title order={1}>{account.displayName}</Title>
        <AccountStatusBadge status={account.status} />
      </Stack>
      <DefinitionList items={facts} />
      <Group gap="sm">
        <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setDialog('edit')}>
          {t('accounts.edit')}
        </Button>
        <Button variant="default" leftSection={<IconKey size={20} aria-hidden />} onClick={() => setDialog('password')}>
          {t('accounts.setPassword')}
        </Button>
        {account.mfaEnabled && (
          <Button variant="outline" color="red" leftSection={<IconShieldX size={20} aria-hidden />} onClick={() => {
              resetMfa.reset()
              setDialog('resetMfa')
            }}>
            {t('accounts.mfaReset')}
          </Button>
        )}
        {account.status === 'active' ? (
          <Button variant="outline" color="red" leftSection={<IconLock size={20} aria-hidden />} onClick={() => setDialog('disable')}>
            {t('accounts.disable')}
          </Button>
        ) : (
          <Button leftSection={<IconLockOpen size={20} aria-hidden />} loading={status.isPending} onClick={() => setStatus('active')}>
            {t('accounts.enable')}
          </Button>
        )}
      </Group>
      {status.error != null && dialog === null && <ErrorState error={status.error} title={t('errors.actionFailed')} />}
      <GrantsSection account={account} />
      {dialog === 'edit' && <EditAccountModal account={account} onClose={close} />}
      {dialog === 'password' && <SetPasswordModal account={account} onClose={close} />}
      {dialog === 'disable' && (
        <ConfirmModal
          title={t('accounts.disable')}
          message={t('accounts.disableConfirm', { username: account.username })}
          confirmLabel={t('common.confirm')}
          onConfirm={() => setStatus('disabled')}
          onClose={close}
          loading={status.isPending}
          error={status.error}
        />
      )}
      {dialog === 'resetMfa' && (
        <ConfirmModal
          title={t('accounts.mfaReset')}
          message={t('accounts.mfaResetConfirm', { username: account.username })}
          confirmLabel={t('accounts.mfaReset')}
          onConfirm={() => resetMfa.mutate(undefined, notifyAndClose(t('accounts.mfaResetDone'), close))}
          onClose={close}
          loading={resetMfa.isPending}
          error={resetMfa.error}
        />
      )}
    </>
  )
}
