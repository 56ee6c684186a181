import { TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../common/contracts/accounts.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { PersonPicker, type PickedPerson } from '../../../components/PersonPicker.tsx'
import { useUpdateAccountMutation } from '../api.ts'

export function EditAccountModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateAccountMutation(account.id)
  const [displayName, setDisplayName] = useState(account.displayName)
  const [person, setPerson] = useState<PickedPerson | null>(account.person)

  function onSubmit() {
    const changes = {
      ...(displayName.trim() !== account.displayName ? { displayName: displayName.trim() } : {}),
      ...((person?.id ?? null) !== (account.person?.id ?? null) ? { personId: person?.id ?? null } : {}),
    }
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, notifyAndClose(t('common.saved'), onClose))
  }

  return (
    <FormModal
      title={t('accounts.editTitle', { username: account.username })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['displayName', 'personId']}
    >
      <TextInput
        label={t('accounts.displayName')}
        required
        value={displayName}
        onChange={(e) => setDisplayName(e.currentTarget.value)}
        error={fieldError(mutation.error, 'displayName')}
        data-autofocus
      />
      <PersonPicker
        label={t('accounts.person')}
        value={person?.id ?? null}
        selected={person}
        onChange={(_, p) => setPerson(p)}
        error={fieldError(mutation.error, 'personId')}
      />
    </FormModal>
  )
}
