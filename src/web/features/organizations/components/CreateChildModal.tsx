import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrgKind } from '../../../../common/contracts/enums.ts'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { ORG_KIND_VALUES, useLabels } from '../../../components/labels.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreateOrganizationMutation } from '../api.ts'

const FIELDS = ['name', 'code', 'kind', 'validFrom'] as const

/** The usual kind of a new sub-unit, as a first choice the user can change. */
function suggestedKind(parent: OrgKind): OrgKind | null {
  if (parent === 'agency') return 'grassroots'
  if (parent === 'province') return null
  return 'cell'
}

export function CreateChildModal({ parent, onClose }: { parent: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useCreateOrganizationMutation()
  const [name, setName] = useState('')
  const [code, setCode] = useState('')
  const [kind, setKind] = useState<OrgKind | null>(suggestedKind(parent.kind))
  const [validFrom, setValidFrom] = useState('')

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!kind) return
    mutation.mutate(
      { parentId: parent.id, name: name.trim(), code: code.trim(), kind, validFrom: optionalText(validFrom) },
      {
        onSuccess: (created) => {
          notifySuccess(t('org.create.done', { name: created.name }))
          onClose()
        },
      },
    )
  }

  return (
    <AppModal opened onClose={onClose} title={t('org.create.title', { parent: parent.name })}>
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
            onChange={setKind}
            allowDeselect={false}
            error={fieldError(mutation.error, 'kind')}
          />
          <TextInput
            type="date"
            label={t('org.create.validFrom')}
            description={t('common.effectiveDateHint')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={fieldError(mutation.error, 'validFrom')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('org.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
