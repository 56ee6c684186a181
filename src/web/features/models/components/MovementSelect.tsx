// The movement a model belongs to: the running movements launched by the model's unit or a level above it (the server
// refuses others), or none.
import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useJoinableMovements } from '../api.ts'

const NONE = 'none'

export function MovementSelect({ org, value, current, onChange, error }: {
  org: string | null
  value: string | null
  /** The name of the model's movement now (it may have ended since). */
  current?: string
  onChange: (id: string | null) => void
  error?: string
}) {
  const { t } = useTranslation()
  const movements = useJoinableMovements(org ?? '')
  const data = [{ value: NONE, label: t('models.create.noMovement') }, ...(movements.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.organization.name})` }))]
  // The model's current movement stays shown even once it has ended.
  if (value && !data.some((d) => d.value === value) && current) data.push({ value, label: current })
  return (
    <Select
      label={t('models.create.movement')}
      description={t('models.create.movementHint')}
      data={data}
      value={value ?? NONE}
      onChange={(v) => onChange(v && v !== NONE ? v : null)}
      allowDeselect={false}
      disabled={!org}
      error={error}
      searchable
      nothingFoundMessage={t('common.noResults')}
    />
  )
}
