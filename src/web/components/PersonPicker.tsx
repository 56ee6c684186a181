import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonListItem } from '../../common/contracts/people.ts'
import { usePeopleSearch } from '../features/people/api.ts'
import { RemoteSelect } from './RemoteSelect.tsx'

export interface PickedPerson {
  id: string
  fullName: string
}

/** Picks a person by name (diacritics optional), showing birth year and unit to tell namesakes apart. */
export function PersonPicker(props: {
  label?: string
  value: string | null
  onChange: (id: string | null, person: PickedPerson | null) => void
  selected?: PickedPerson | null
  description?: ReactNode
  error?: ReactNode
  required?: boolean
  'data-testid'?: string
}) {
  const { t } = useTranslation()
  const selected: PersonListItem | null = props.selected
    ? { id: props.selected.id, fullName: props.selected.fullName, birthYear: null, gender: null, unit: null, position: null }
    : null
  return (
    <RemoteSelect<PersonListItem>
      {...props}
      selected={selected}
      label={props.label ?? t('people.pickerLabel')}
      placeholder={t('people.pickerPlaceholder')}
      nothingFound={t('people.pickerNothing')}
      useSearch={usePeopleSearch}
      toOption={(p) => ({
        value: p.id,
        label: p.fullName,
        description: [p.birthYear ? t('people.born', { year: p.birthYear }) : null, p.unit?.name, p.position].filter(Boolean).join(' · ') || undefined,
      })}
    />
  )
}
