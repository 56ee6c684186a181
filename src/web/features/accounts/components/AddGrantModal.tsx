import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../common/contracts/accounts.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useAddGrantMutation } from '../api.ts'
import { GrantFields, grantBody, newGrantForm } from './GrantFields.tsx'

const FIELDS = ['role', 'organizationId', 'scope']

export function AddGrantModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddGrantMutation(account.id)
  const [values, setValues] = useState(newGrantForm)
  const [checked, setChecked] = useState(false)

  function onSubmit() {
    setChecked(true)
    const body = grantBody(values)
    if (!body) return
    mutation.mutate(body, notifyAndClose(t('accounts.grantAdded'), onClose))
  }

  return (
    <FormModal
      title={t('accounts.addGrantTitle', { name: account.displayName })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
    >
      <GrantFields values={values} onChange={setValues} error={mutation.error} showMissing={checked} />
    </FormModal>
  )
}
