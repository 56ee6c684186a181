import { Button, Group, PasswordInput, Stack } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../common/contracts/accounts.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useSetPasswordMutation } from '../api.ts'

export function SetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useSetPasswordMutation(account.id)
  const [password, setPassword] = useState('')

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    mutation.mutate(password, {
      onSuccess: () => {
        notifySuccess(t('accounts.passwordSet'))
        onClose()
      },
    })
  }

  return (
    <AppModal opened onClose={onClose} title={t('accounts.setPasswordTitle', { username: account.username })} size="md">
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={['password']} />
          <PasswordInput
            label={t('accounts.newPassword')}
            description={t('accounts.passwordHint')}
            required
            minLength={12}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(mutation.error, 'password')}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
