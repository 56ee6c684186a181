import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../common/contracts/accounts.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useSetPasswordMutation } from '../api.ts'
import { NewPasswordInput } from './NewPasswordInput.tsx'

export function SetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useSetPasswordMutation(account.id)
  const [password, setPassword] = useState('')

  function onSubmit() {
    mutation.mutate(password, notifyAndClose(t('accounts.passwordSet'), onClose))
  }

  return (
    <FormModal
      title={t('accounts.setPasswordTitle', { username: account.username })}
      size="md"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['password']}
    >
      <NewPasswordInput
        label={t('accounts.newPassword')}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fieldError(mutation.error, 'password')}
        data-autofocus
      />
    </FormModal>
  )
}
