// "Lịch nghỉ lễ, ngày làm việc": a year's holidays and worked weekend days (administrators edit them from the
// government's yearly announcement), and the working-day calculator.
import { Alert, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconInfoCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { todayIso } from '../../../common/dates.ts'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCalendarYear, useDeleteCalendarDayMutation, type CalendarDayItem } from './api.ts'
import { CalendarDayModal } from './components/CalendarDayModal.tsx'
import { WorkingDaysCalculator } from './components/WorkingDaysCalculator.tsx'
import { WEEKDAY_KEYS } from './components/weekday.ts'

const thisYear = Number(todayIso().slice(0, 4))
const YEARS = Array.from({ length: 6 }, (_, i) => String(thisYear - 2 + i))

function DayRow({ day, manage, onEdit, onDelete }: { day: CalendarDayItem; manage: boolean; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation()
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(day.date)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`calendar.weekday.${WEEKDAY_KEYS[day.weekday]}`)}</Table.Td>
      <Table.Td>{day.name}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={day.kind === 'holiday' ? 'red' : 'blue'}>
          {t(`calendar.kind.${day.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{t(`calendar.source.${day.source}`)}</Table.Td>
      {manage && (
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit} aria-label={`${t('calendar.edit')} ${formatDate(day.date)}`}>
              {t('calendar.edit')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete} aria-label={`${t('calendar.remove')} ${formatDate(day.date)}`}>
              {t('calendar.remove')}
            </Button>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  )
}

export function CalendarPage() {
  const { t } = useTranslation()
  usePageTitle(t('calendar.title'))
  const [params, setParams] = useSearchParams()
  const year = Number(params.get('year')) || thisYear
  const calendar = useCalendarYear(year)
  const remove = useDeleteCalendarDayMutation()
  const [editing, setEditing] = useState<CalendarDayItem | 'new' | null>(null)
  const [deleting, setDeleting] = useState<CalendarDayItem | null>(null)
  const manage = calendar.data?.abilities.manage ?? false
  const days = calendar.data?.days ?? []

  return (
    <Stack gap="md">
      <Title order={1}>{t('calendar.title')}</Title>
      <Text>{t('calendar.intro')}</Text>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('calendar.year')}
          data={YEARS.includes(String(year)) ? YEARS : [...YEARS, String(year)].sort()}
          value={String(year)}
          onChange={(v) => v && setParams({ year: v }, { replace: true })}
          allowDeselect={false}
          w={140}
        />
        {manage && (
          <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setEditing('new')}>
            {t('calendar.add')}
          </Button>
        )}
      </Group>
      {calendar.isPending ? (
        <Loading />
      ) : calendar.error ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          {calendar.data.statutoryDefault && (
            <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t('calendar.statutoryDefault')}
            </Alert>
          )}
          {days.length === 0 ? (
            <Text>{t('calendar.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" striped aria-label={t('calendar.tableLabel', { year })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('calendar.column.date')}</Table.Th>
                    <Table.Th>{t('calendar.column.weekday')}</Table.Th>
                    <Table.Th>{t('calendar.column.name')}</Table.Th>
                    <Table.Th>{t('calendar.column.kind')}</Table.Th>
                    <Table.Th>{t('calendar.column.source')}</Table.Th>
                    {manage && <Table.Th>{t('calendar.column.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {days.map((day) => (
                    <DayRow key={day.date} day={day} manage={manage} onEdit={() => setEditing(day)} onDelete={() => setDeleting(day)} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      <WorkingDaysCalculator />
      {editing && <CalendarDayModal day={editing === 'new' ? null : editing} year={year} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmModal
          title={t('calendar.removeTitle', { date: formatDate(deleting.date) })}
          message={t('calendar.removeMessage', { date: formatDate(deleting.date), name: deleting.name })}
          confirmLabel={t('calendar.remove')}
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.date, notifyAndClose(t('calendar.removed', { date: formatDate(deleting.date) }), () => setDeleting(null)))}
          onClose={() => { remove.reset(); setDeleting(null) }}
        />
      )}
    </Stack>
  )
}
