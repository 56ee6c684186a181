import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrgKind } from '../../../../common/contracts/enums.ts'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { ORG_KIND_VALUES, useLabels } from '../../../components/labels.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useUpdateOrganizationMutation } from '../api.ts'

const FIELDS = ['name', 'code', 'kind'] as const

/** Rename, recode or retype: sends only what changed (each change is recorded in the history). */
export function EditOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useUpdateOrganizationMutation(org.id)
  const [name, setName] = useState(org.name)
  const [code, setCode] = useState(org.code)
  const [kind, setKind] = useState<OrgKind>(org.kind)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const changes = {
      ...(name.trim() !== org.name ? { name: name.trim() } : {}),
      ...(code.trim() !== org.code ? { code: code.trim() } : {}),
      ...(kind !== org.kind ? { kind } : {}),
    }
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, {
      onSuccess: (updated) => {
        notifySuccess(t('org.edit.done', { name: updated.name }))
        onClose()
      },
    })
  }

  return (
    <AppModal opened onClose={onClose} title={t('org.edit.title')}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={FIELDS} />
          <TextInput label={t('org.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(mutation.error, 'name')} data-autofocus />
          <TextInput
            label={t('org.code')}
            description={t('org.create.codeHint')}
            required
            autoCapitalize="none"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(mutation.error, 'code')}
          />
          <Select<OrgKind>
            label={t('org.kind')}
            required
            data={labels.options(ORG_KIND_VALUES, labels.orgKind)}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
            error={fieldError(mutation.error, 'kind')}
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
