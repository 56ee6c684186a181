import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrgKind } from '../../../../common/contracts/enums.ts'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCreateOrganizationMutation } from '../api.ts'
import { EffectiveDateInput, ORG_FIELDS, OrgFields, type OrgFormValues } from './OrgFields.tsx'

const FIELDS = [...ORG_FIELDS, 'validFrom'] as const

/** The usual kind of a new sub-unit, as a first choice the user can change. */
function suggestedKind(parent: OrgKind): OrgKind | null {
  if (parent === 'agency') return 'grassroots'
  if (parent === 'province') return null
  return 'cell'
}

export function CreateChildModal({ parent, onClose }: { parent: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCreateOrganizationMutation()
  const [values, setValues] = useState<OrgFormValues>(() => ({ name: '', code: '', kind: suggestedKind(parent.kind) }))
  const [validFrom, setValidFrom] = useState('')

  function onSubmit() {
    const { name, code, kind } = values
    if (!kind) return
    const body = { parentId: parent.id, name: name.trim(), code: code.trim(), kind, validFrom: optionalText(validFrom) }
    mutation.mutate(body, notifyAndClose((created) => t('org.create.done', { name: created.name }), onClose))
  }

  return (
    <FormModal
      title={t('org.create.title', { parent: parent.name })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={t('org.create.submit')}
    >
      <OrgFields values={values} onChange={setValues} error={mutation.error} />
      <EffectiveDateInput
        label={t('org.create.validFrom')}
        value={validFrom}
        onChange={(e) => setValidFrom(e.currentTarget.value)}
        error={fieldError(mutation.error, 'validFrom')}
      />
    </FormModal>
  )
}
