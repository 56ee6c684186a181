import { Button, Group, Stack } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../common/contracts/accounts.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useAddGrantMutation } from '../api.ts'
import { GrantFields, grantBody, newGrantForm } from './GrantFields.tsx'

const FIELDS = ['role', 'organizationId', 'scope']

export function AddGrantModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddGrantMutation(account.id)
  const [values, setValues] = useState(newGrantForm)
  const [checked, setChecked] = useState(false)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    setChecked(true)
    const body = grantBody(values)
    if (!body) return
    mutation.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('accounts.grantAdded'))
        onClose()
      },
    })
  }

  return (
    <AppModal opened onClose={onClose} title={t('accounts.addGrantTitle', { name: account.displayName })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={FIELDS} />
          <GrantFields values={values} onChange={setValues} error={mutation.error} showMissing={checked} />
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
