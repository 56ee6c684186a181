import { Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useMoveOrganizationMutation } from '../api.ts'

const FIELDS = ['newParentId', 'effectiveDate'] as const

export function MoveOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useMoveOrganizationMutation(org.id)
  const [newParentId, setNewParentId] = useState<string | null>(null)
  const [effectiveDate, setEffectiveDate] = useState('')

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!newParentId) return
    mutation.mutate(
      { newParentId, effectiveDate: optionalText(effectiveDate) },
      {
        onSuccess: () => {
          notifySuccess(t('org.move.done', { name: org.name }))
          onClose()
        },
      },
    )
  }

  return (
    <AppModal opened onClose={onClose} title={t('org.move.title', { name: org.name })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Text>{t('org.move.explain')}</Text>
          <FormError error={mutation.error} fields={FIELDS} />
          <OrgPicker
            label={t('org.move.newParent')}
            required
            value={newParentId}
            onChange={(id) => setNewParentId(id)}
            excludeIds={[org.id, ...(org.parentId ? [org.parentId] : [])]}
            error={fieldError(mutation.error, 'newParentId')}
            data-testid="move-parent-picker"
          />
          <TextInput
            type="date"
            label={t('common.effectiveDate')}
            description={t('common.effectiveDateHint')}
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.currentTarget.value)}
            error={fieldError(mutation.error, 'effectiveDate')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!newParentId}>
              {t('org.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
