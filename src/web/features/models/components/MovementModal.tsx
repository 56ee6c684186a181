// "Phát động phong trào" and "Sửa phong trào": the launching unit (fixed once launched), the name (one per unit), what
// it is about, and when it runs.
import { Group, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useCreateMovementMutation, useUpdateMovementMutation, type Movement } from '../api.ts'

const errorProps = { role: 'alert' }

export function MovementModal({ movement, defaultOrg, onClose }: { movement?: Movement; defaultOrg: string | null; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreateMovementMutation()
  const update = useUpdateMovementMutation(movement?.id ?? '')
  const mutation = movement ? update : create
  const [org, setOrg] = useState<string | null>(defaultOrg)
  const unit = useOrganization(defaultOrg ?? '', { enabled: !movement })
  const [name, setName] = useState(movement?.name ?? '')
  const [description, setDescription] = useState(movement?.description ?? '')
  const [startsOn, setStartsOn] = useState(movement?.startsOn ?? todayIso())
  const [endsOn, setEndsOn] = useState(movement?.endsOn ?? '')
  const [problems, setProblems] = useState<Partial<Record<'organizationId' | 'name' | 'startsOn' | 'endsOn', string>>>({})

  function onSubmit() {
    const found = {
      organizationId: movement || org ? undefined : t('common.required'),
      name: name.trim().length < 3 ? t('models.movements.nameTooShort') : undefined,
      startsOn: startsOn ? undefined : t('common.required'),
      endsOn: endsOn && startsOn && endsOn < startsOn ? t('models.movements.endsBeforeStart') : undefined,
    }
    setProblems(found)
    if (Object.values(found).some(Boolean)) return
    const fields = { name: name.trim(), description: description.trim() || null, startsOn, endsOn: endsOn || null }
    if (movement) update.mutate(fields, notifyAndClose(t('common.saved'), onClose))
    else if (org) create.mutate({ organizationId: org, ...fields }, notifyAndClose(t('models.movements.created'), onClose))
  }

  return (
    <FormModal
      title={movement ? t('models.movements.editTitle') : t('models.movements.add')}
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['organizationId', 'name', 'description', 'startsOn', 'endsOn']}
    >
      {!movement && (
        <OrgPicker
          label={t('models.movements.unit')}
          description={t('models.movements.unitHint')}
          value={org}
          selected={org === defaultOrg ? unit.data ?? null : null}
          required
          onChange={(id) => setOrg(id)}
          error={problems.organizationId ?? fieldError(mutation.error, 'organizationId')}
        />
      )}
      <TextInput label={t('models.movements.name')} description={t('models.movements.nameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} required error={problems.name ?? fieldError(mutation.error, 'name')} errorProps={errorProps} data-autofocus />
      <Textarea label={t('models.movements.description')} description={t('common.optional')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={2000} error={fieldError(mutation.error, 'description')} errorProps={errorProps} />
      <Group gap="md" grow>
        <TextInput type="date" label={t('models.movements.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} required error={problems.startsOn ?? fieldError(mutation.error, 'startsOn')} errorProps={errorProps} />
        <TextInput type="date" label={t('models.movements.endsOn')} description={t('common.optional')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={problems.endsOn ?? fieldError(mutation.error, 'endsOn')} errorProps={errorProps} />
      </Group>
    </FormModal>
  )
}
