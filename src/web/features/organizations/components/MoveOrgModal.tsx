import { Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useMoveOrganizationMutation } from '../api.ts'
import { EffectiveDateInput } from './OrgFields.tsx'

const FIELDS = ['newParentId', 'effectiveDate'] as const

export function MoveOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useMoveOrganizationMutation(org.id)
  const [newParentId, setNewParentId] = useState<string | null>(null)
  const [effectiveDate, setEffectiveDate] = useState('')

  function onSubmit() {
    if (!newParentId) return
    mutation.mutate({ newParentId, effectiveDate: optionalText(effectiveDate) }, notifyAndClose(t('org.move.done', { name: org.name }), onClose))
  }

  return (
    <FormModal
      title={t('org.move.title', { name: org.name })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      intro={<Text>{t('org.move.explain')}</Text>}
      submitLabel={t('org.move.submit')}
      submitDisabled={!newParentId}
    >
      <OrgPicker
        label={t('org.move.newParent')}
        required
        value={newParentId}
        onChange={(id) => setNewParentId(id)}
        excludeIds={[org.id, ...(org.parentId ? [org.parentId] : [])]}
        error={fieldError(mutation.error, 'newParentId')}
        data-testid="move-parent-picker"
      />
      <EffectiveDateInput value={effectiveDate} onChange={(e) => setEffectiveDate(e.currentTarget.value)} error={fieldError(mutation.error, 'effectiveDate')} />
    </FormModal>
  )
}
