// Adding or editing one date: a day off (holiday, compensatory or swapped day) or a worked weekend day (ngày làm bù).
import { Radio, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { formatDate } from '../../../components/format.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { usePutCalendarDayMutation, type CalendarDayItem } from '../api.ts'

const FIELDS = ['date', 'kind', 'name', 'source']

type Kind = CalendarDayItem['kind']
type Source = 'announced' | 'manual'

export function CalendarDayModal({ day, year, onClose }: { day: CalendarDayItem | null; year: number; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = usePutCalendarDayMutation()
  const [date, setDate] = useState(day?.date ?? '')
  const [kind, setKind] = useState<Kind>(day?.kind ?? 'holiday')
  const [name, setName] = useState(day?.name ?? '')
  const [source, setSource] = useState<Source>(day?.source === 'manual' ? 'manual' : 'announced')

  function onSubmit() {
    mutation.mutate({ date, kind, name: name.trim(), source }, notifyAndClose(() => t('calendar.saved', { date: formatDate(date) }), onClose))
  }

  return (
    <FormModal
      title={day ? t('calendar.editTitle', { date: formatDate(day.date) }) : t('calendar.addTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
    >
      {!day && (
        <TextInput
          type="date"
          label={t('calendar.field.date')}
          required
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError(mutation.error, 'date')}
          data-autofocus
        />
      )}
      <Radio.Group label={t('calendar.field.kind')} required value={kind} onChange={(v) => setKind(v as Kind)} error={fieldError(mutation.error, 'kind')}>
        <Stack gap="xs" mt="xs">
          {(['holiday', 'working'] as const).map((k) => (
            <Radio key={k} value={k} label={t(`calendar.kind.${k}`)} description={t(`calendar.kindHint.${k}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('calendar.field.name')}
        description={t('calendar.field.nameHint')}
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError(mutation.error, 'name')}
        data-autofocus={day ? true : undefined}
      />
      <Radio.Group label={t('calendar.field.source')} value={source} onChange={(v) => setSource(v as Source)}>
        <Stack gap="xs" mt="xs">
          {(['announced', 'manual'] as const).map((s) => (
            <Radio key={s} value={s} label={t(`calendar.source.${s}`)} />
          ))}
        </Stack>
      </Radio.Group>
    </FormModal>
  )
}
