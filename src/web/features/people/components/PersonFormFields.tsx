// The person's own fields, shared by "Thêm người" and "Sửa thông tin".
import { Select, SimpleGrid, TextInput } from '@mantine/core'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Gender } from '../../../../common/contracts/enums.ts'
import type { Person } from '../../../../common/contracts/people.ts'
import { fieldError, nullableText, optionalText } from '../../../components/forms.ts'
import { GENDER_VALUES, useLabels } from '../../../components/labels.ts'
import type { PersonFields } from '../api.ts'

export interface PersonFormValues {
  fullName: string
  gender: Gender | null
  birthDate: string
  ethnicity: string
  partyJoinDate: string
  partyCardNumber: string
  phone: string
  email: string
}

type TextKey = Exclude<keyof PersonFormValues, 'gender'>
const TEXT_KEYS: TextKey[] = ['fullName', 'birthDate', 'ethnicity', 'partyJoinDate', 'partyCardNumber', 'phone', 'email']
export const PERSON_FIELDS: readonly string[] = [...TEXT_KEYS, 'gender']

export const emptyPersonForm: PersonFormValues = {
  fullName: '', gender: null, birthDate: '', ethnicity: '', partyJoinDate: '', partyCardNumber: '', phone: '', email: '',
}

export function personToForm(p: Person): PersonFormValues {
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthDate: p.birthDate ?? '',
    ethnicity: p.ethnicity ?? '',
    partyJoinDate: p.partyJoinDate ?? '',
    partyCardNumber: p.partyCardNumber ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
  }
}

/** A new person: the filled fields only. */
export function formToCreate(v: PersonFormValues): PersonFields & { fullName: string } {
  const body: PersonFields & { fullName: string } = { fullName: v.fullName.trim() }
  if (v.gender) body.gender = v.gender
  for (const key of TEXT_KEYS) {
    const value = optionalText(v[key])
    if (key !== 'fullName' && value) body[key] = value
  }
  return body
}

/** An edit: only what changed (an emptied field becomes null), so hidden contact details are never overwritten. */
export function formToChanges(initial: PersonFormValues, v: PersonFormValues): PersonFields {
  const changes: PersonFields = {}
  if (v.gender !== initial.gender) changes.gender = v.gender
  for (const key of TEXT_KEYS) {
    if (v[key].trim() === initial[key].trim()) continue
    if (key === 'fullName') changes.fullName = v.fullName.trim()
    else changes[key] = nullableText(v[key])
  }
  return changes
}

export function PersonFormFields({ values, onChange, error }: {
  values: PersonFormValues
  onChange: (values: PersonFormValues) => void
  error: unknown
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const text = (key: TextKey) => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange({ ...values, [key]: e.currentTarget.value }),
    error: fieldError(error, key),
  })
  return (
    <>
      <TextInput label={t('person.fullName')} required autoComplete="off" {...text('fullName')} data-autofocus />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select<Gender>
          label={t('person.gender')}
          data={labels.options(GENDER_VALUES, labels.gender)}
          value={values.gender}
          onChange={(gender) => onChange({ ...values, gender })}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearChoice') }}
          error={fieldError(error, 'gender')}
        />
        <TextInput type="date" label={t('person.birthDate')} {...text('birthDate')} />
        <TextInput label={t('person.ethnicity')} {...text('ethnicity')} />
        <TextInput type="date" label={t('person.partyJoinDate')} {...text('partyJoinDate')} />
        <TextInput label={t('person.partyCardNumber')} inputMode="numeric" {...text('partyCardNumber')} />
        <TextInput type="tel" label={t('person.phone')} autoComplete="off" {...text('phone')} />
        <TextInput type="email" label={t('person.email')} autoComplete="off" {...text('email')} />
      </SimpleGrid>
    </>
  )
}
