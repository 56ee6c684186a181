import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useUpdateOrganizationMutation } from '../api.ts'
import { ORG_FIELDS, OrgFields, type OrgFormValues } from './OrgFields.tsx'

/** Rename, recode or retype: sends only what changed (each change is recorded in the history). */
export function EditOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateOrganizationMutation(org.id)
  const [values, setValues] = useState<OrgFormValues>(() => ({ name: org.name, code: org.code, kind: org.kind }))

  function onSubmit() {
    const name = values.name.trim()
    const code = values.code.trim()
    const changes = {
      ...(name !== org.name ? { name } : {}),
      ...(code !== org.code ? { code } : {}),
      // The kind starts as the unit's own and cannot be cleared, so it is never null here.
      ...(values.kind && values.kind !== org.kind ? { kind: values.kind } : {}),
    }
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, notifyAndClose((updated) => t('org.edit.done', { name: updated.name }), onClose))
  }

  return (
    <FormModal title={t('org.edit.title')} onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={ORG_FIELDS}>
      <OrgFields values={values} onChange={setValues} error={mutation.error} />
    </FormModal>
  )
}
