import { Button, Group, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../common/contracts/accounts.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { PersonPicker, type PickedPerson } from '../../../components/PersonPicker.tsx'
import { useUpdateAccountMutation } from '../api.ts'

export function EditAccountModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateAccountMutation(account.id)
  const [displayName, setDisplayName] = useState(account.displayName)
  const [person, setPerson] = useState<PickedPerson | null>(account.person)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const changes = {
      ...(displayName.trim() !== account.displayName ? { displayName: displayName.trim() } : {}),
      ...((person?.id ?? null) !== (account.person?.id ?? null) ? { personId: person?.id ?? null } : {}),
    }
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, {
      onSuccess: () => {
        notifySuccess(t('common.saved'))
        onClose()
      },
    })
  }

  return (
    <AppModal opened onClose={onClose} title={t('accounts.editTitle', { username: account.username })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={['displayName', 'personId']} />
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
