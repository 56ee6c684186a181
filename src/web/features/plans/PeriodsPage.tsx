// "Kỳ báo cáo": the reporting periods of a year (quarters, six months, the year) with their deadlines; the office at
// the root of the tree (or an administrator) adds the usual set in one click, adds, changes or deletes one.
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PERIOD_KINDS } from '../../../common/contracts/plans.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { FormModal } from '../../components/FormModal.tsx'
import { fieldError } from '../../components/forms.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyAndClose, notifyError, notifySuccess } from '../../components/notify.ts'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCurrentCycle, useCycles } from '../cycles/api.ts'
import { useCreatePeriodMutation, useDefaultPeriodsMutation, useDeletePeriodMutation, usePeriods, useUpdatePeriodMutation, type ReportingPeriod } from './api.ts'
import { PLANS_PATH } from './paths.ts'

type Kind = ReportingPeriod['kind']
interface Draft { kind: Kind; label: string; startsOn: string; endsOn: string; dueOn: string }

function PeriodModal({ cycleId, period, onClose }: { cycleId: string; period: ReportingPeriod | null; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreatePeriodMutation()
  const update = useUpdatePeriodMutation(period?.id ?? '')
  const mutation = period ? update : create
  const [d, setDraft] = useState<Draft>(period ? { kind: period.kind, label: period.label, startsOn: period.startsOn, endsOn: period.endsOn, dueOn: period.dueOn } : { kind: 'quarter', label: '', startsOn: '', endsOn: '', dueOn: '' })
  const [problem, setProblem] = useState<string | undefined>()
  const set = (patch: Partial<Draft>) => setDraft({ ...d, ...patch })
  const err = (k: keyof Draft) => fieldError(mutation.error, k)
  function submit() {
    if (d.label.trim().length < 2 || !d.startsOn || !d.endsOn || !d.dueOn) return setProblem(t('common.required'))
    setProblem(undefined)
    const body = { ...d, label: d.label.trim() }
    const done = notifyAndClose(t('common.saved'), onClose)
    if (period) update.mutate(body, done)
    else create.mutate({ cycleId, ...body }, done)
  }
  return (
    <FormModal title={period ? t('plans.periods.editTitle') : t('plans.periods.addTitle')} onClose={onClose} onSubmit={submit} pending={mutation.isPending} error={mutation.error} fields={['kind', 'label', 'startsOn', 'endsOn', 'dueOn']}>
      {problem && <Text c="var(--mantine-color-error)" role="alert">{problem}</Text>}
      <Select label={t('plans.periods.kind')} data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`plans.periodKind.${k}`) }))} value={d.kind} onChange={(v) => v && set({ kind: v as Kind })} allowDeselect={false} error={err('kind')} maw="16rem" />
      <TextInput label={t('plans.periods.label')} description={t('plans.periods.labelHint')} value={d.label} onChange={(e) => set({ label: e.currentTarget.value })} maxLength={100} required error={err('label')} data-autofocus />
      <TextInput type="date" label={t('plans.periods.startsOn')} value={d.startsOn} onChange={(e) => set({ startsOn: e.currentTarget.value })} required error={err('startsOn')} maw="16rem" />
      <TextInput type="date" label={t('plans.periods.endsOn')} value={d.endsOn} onChange={(e) => set({ endsOn: e.currentTarget.value })} required error={err('endsOn')} maw="16rem" />
      <TextInput type="date" label={t('plans.periods.dueOn')} value={d.dueOn} onChange={(e) => set({ dueOn: e.currentTarget.value })} required error={err('dueOn')} maw="16rem" />
    </FormModal>
  )
}

export function PeriodsPage() {
  const { t } = useTranslation()
  usePageTitle(t('plans.periods.title'))
  const [params, setParams] = useFilterParams()
  const cycles = useCycles()
  const current = useCurrentCycle()
  const cycle = params.get('cycle') ?? current.data?.id ?? null
  const list = usePeriods(cycle)
  const defaults = useDefaultPeriodsMutation()
  const remove = useDeletePeriodMutation()
  const [editing, setEditing] = useState<ReportingPeriod | 'new' | null>(null)
  const [deleting, setDeleting] = useState<ReportingPeriod | null>(null)
  const manage = list.data?.abilities.manage ?? false
  return (
    <>
      <BackLink to={PLANS_PATH}>{t('plans.board.title')}</BackLink>
      <Title order={1}>{t('plans.periods.title')}</Title>
      <Text>{t('plans.periods.intro')}</Text>
      <Select
        label={t('plans.board.cycle')}
        data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: t('plans.board.cycleOption', { year: c.year }) }))}
        value={cycle}
        onChange={(id) => setParams({ cycle: id })}
        allowDeselect={false}
        w={{ base: '100%', xs: 200 }}
      />
      {manage && cycle && (
        <Group gap="sm">
          <Button leftSection={<IconCalendarPlus size={20} aria-hidden />} loading={defaults.isPending} onClick={() => defaults.mutate(cycle, { onSuccess: () => notifySuccess(t('plans.periods.defaultsDone')), onError: notifyError })}>
            {t('plans.periods.defaults')}
          </Button>
          <Button variant="default" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setEditing('new')}>{t('plans.periods.add')}</Button>
        </Group>
      )}
      {!cycle ? <Text>{t('plans.periods.noCycle')}</Text> : list.isPending ? <Loading /> : list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <Text>{t('plans.periods.empty')}</Text>
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={640} type="native">
            <Table withTableBorder striped aria-label={t('plans.periods.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plans.periods.label')}</Table.Th>
                  <Table.Th scope="col">{t('plans.periods.kind')}</Table.Th>
                  <Table.Th scope="col">{t('plans.periods.span')}</Table.Th>
                  <Table.Th scope="col">{t('plans.periods.dueOn')}</Table.Th>
                  {manage && <Table.Th scope="col">{t('plans.itemPage.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row" fw={500}>{p.label}{p.id === list.data.currentId ? ` — ${t('plans.periods.current')}` : ''}</Table.Th>
                    <Table.Td>{t(`plans.periodKind.${p.kind}`)}</Table.Td>
                    <Table.Td>{t('common.fromTo', { from: formatDate(p.startsOn), to: formatDate(p.endsOn) })}</Table.Td>
                    <Table.Td>{formatDate(p.dueOn)}</Table.Td>
                    {manage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => setEditing(p)} aria-label={t('plans.periods.editAria', { label: p.label })}>{t('plans.periods.edit')}</Button>
                          {!p.used && <Button size="xs" variant="default" color="red" onClick={() => setDeleting(p)} aria-label={t('plans.periods.deleteAria', { label: p.label })}>{t('plans.periods.delete')}</Button>}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {editing && cycle && <PeriodModal cycleId={cycle} period={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmModal
          title={t('plans.periods.deleteTitle')}
          message={t('plans.periods.deleteMessage', { label: deleting.label })}
          confirmLabel={t('plans.periods.delete')}
          loading={remove.isPending}
          error={remove.error}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate(deleting.id, notifyAndClose(t('plans.periods.deleted'), () => setDeleting(null)))}
        />
      )}
    </>
  )
}
