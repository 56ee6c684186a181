// "Thêm N ngày làm việc": the deadline counted by the server on the stored calendar, with the holidays passed.
import { NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate } from '../../../components/format.ts'
import { useAddWorkingDays } from '../api.ts'
import { WEEKDAY_KEYS, weekdayIndex } from './weekday.ts'

export function WorkingDaysCalculator() {
  const { t } = useTranslation()
  const [from, setFrom] = useState(todayIso())
  const [days, setDays] = useState<number | string>(10)
  const [debounced] = useDebouncedValue({ from, days }, 300)
  const n = typeof debounced.days === 'number' && Number.isInteger(debounced.days) && debounced.days >= 0 ? debounced.days : null
  const count = useAddWorkingDays(/^\d{4}-\d{2}-\d{2}$/.test(debounced.from) ? debounced.from : '', n)
  const holidays = count.data?.daysOff.filter((d) => d.name) ?? []

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="calendar-calculator">
      <Stack gap="sm">
        <Title order={2} id="calendar-calculator">
          {t('calendar.calculator.title')}
        </Title>
        <Text size="sm">{t('calendar.calculator.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('calendar.calculator.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <NumberInput label={t('calendar.calculator.days')} min={0} max={3650} allowDecimal={false} allowNegative={false} value={days} onChange={setDays} />
        </SimpleGrid>
        <div aria-live="polite">
          {count.error ? (
            <ErrorState error={count.error} />
          ) : count.data ? (
            <Stack gap={4}>
              <Text fw={700} size="lg">
                {t('calendar.calculator.result', { weekday: t(`calendar.weekday.${WEEKDAY_KEYS[weekdayIndex(count.data.date)]}`), date: formatDate(count.data.date) })}
              </Text>
              <Text size="sm">{t('calendar.calculator.daysOff', { count: count.data.daysOff.length })}</Text>
              {holidays.length > 0 && (
                <Text size="sm">{t('calendar.calculator.holidaysPassed', { list: holidays.map((d) => `${formatDate(d.date)} (${d.name})`).join('; ') })}</Text>
              )}
            </Stack>
          ) : null}
        </div>
      </Stack>
    </Paper>
  )
}
