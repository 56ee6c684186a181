// "Chưa báo cáo": for a period (the one being reported by default), the units under the unit that hold items and have
// not reported, level by level with counts, each with its last report and last reminder; the hand-downs not accepted
// yet; and the reminder to all of them (or one), recorded, shown on their plan and mailed to their managers.
import { Anchor, Button, Group, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate, formatDateTime, formatNumber } from '../../../components/format.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { Loading } from '../../../components/Loading.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useNotReported, useRemindMutation, type NotReportedReport, type PeriodList } from '../api.ts'
import { boardPath } from '../paths.ts'

function RemindModal({ org, period, units, onClose }: { org: string; period: NotReportedReport['period']; units: { id: string; name: string }[] | null; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useRemindMutation()
  const [note, setNote] = useState('')
  return (
    <FormModal
      title={t('plans.notReported.remindTitle')}
      intro={<Text>{units ? t('plans.notReported.remindSome', { names: units.map((u) => u.name).join(', '), period: period.label }) : t('plans.notReported.remindAll', { period: period.label })}</Text>}
      onClose={onClose}
      onSubmit={() => mutation.mutate(
        { orgId: org, periodId: period.id, ...(units ? { orgIds: units.map((u) => u.id) } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
        notifyAndClose((r) => t('plans.notReported.reminded', { n: r.reminded, mailed: r.mailed }), onClose),
      )}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['note']}
      submitLabel={t('plans.notReported.send')}
    >
      <Textarea label={t('plans.notReported.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={1000} error={fieldError(mutation.error, 'note')} data-autofocus />
    </FormModal>
  )
}

function Report({ org, report }: { org: string; report: NotReportedReport }) {
  const { t } = useTranslation()
  const [remind, setRemind] = useState<{ id: string; name: string }[] | null | undefined>(undefined)
  const canRemindAll = report.abilities.remind && report.levels.some((l) => l.list.some((u) => u.organization.id !== org))
  return (
    <Stack gap="sm">
      <Text fw={500}>{t('plans.notReported.totals', { units: formatNumber(report.totals.units), missing: formatNumber(report.totals.notReported), due: formatDate(report.period.dueOn) })}</Text>
      {canRemindAll && (
        <Button leftSection={<IconBell size={20} aria-hidden />} onClick={() => setRemind(null)} style={{ alignSelf: 'flex-start' }}>{t('plans.notReported.remindAllButton')}</Button>
      )}
      {report.levels.map((level) => (
        <Stack key={level.depth} gap="xs">
          <Title order={3} id={`not-reported-level-${level.depth}`}>
            {t('plans.notReported.level', { depth: level.depth, missing: formatNumber(level.notReported), units: formatNumber(level.units) })}
          </Title>
          {level.list.length > 0 && (
            <Table.ScrollContainer minWidth={600} type="native">
              <Table withTableBorder striped aria-labelledby={`not-reported-level-${level.depth}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('plans.notReported.unit')}</Table.Th>
                    <Table.Th scope="col">{t('plans.notReported.items')}</Table.Th>
                    <Table.Th scope="col">{t('plans.notReported.lastReport')}</Table.Th>
                    <Table.Th scope="col">{t('plans.notReported.lastReminder')}</Table.Th>
                    {report.abilities.remind && <Table.Th scope="col">{t('plans.itemPage.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {level.list.map((u) => (
                    <Table.Tr key={u.organization.id}>
                      <Table.Td>
                        <Anchor component={Link} to={boardPath(u.organization.id, report.period.cycleId)}>{u.organization.name}</Anchor>
                        {u.parent && <Text size="sm">{u.parent}</Text>}
                      </Table.Td>
                      <Table.Td>{formatNumber(u.items)}</Table.Td>
                      <Table.Td>{u.lastReportedAt ? formatDateTime(u.lastReportedAt) : t('plans.notReported.never')}</Table.Td>
                      <Table.Td>{u.lastRemindedAt ? formatDateTime(u.lastRemindedAt) : t('common.none')}</Table.Td>
                      {report.abilities.remind && (
                        <Table.Td>
                          {u.organization.id !== org && (
                            <Button size="xs" variant="default" onClick={() => setRemind([{ id: u.organization.id, name: u.organization.name }])} aria-label={t('plans.notReported.remindAria', { name: u.organization.name })}>
                              {t('plans.notReported.remind')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {level.truncated && <Text size="sm">{t('plans.notReported.truncated')}</Text>}
        </Stack>
      ))}
      <Title order={3} id="not-reported-pending">{t('plans.notReported.pending', { n: report.pendingHandDowns.length })}</Title>
      {report.pendingHandDowns.length > 0 && (
        <Stack component="ul" gap={4} pl="md" m={0} aria-labelledby="not-reported-pending">
          {report.pendingHandDowns.map((p) => (
            <li key={p.id}>
              <Text size="sm">{t('plans.notReported.pendingLine', { to: p.to.name, item: p.item.title, from: p.from.name, date: formatDateTime(p.createdAt) })}</Text>
            </li>
          ))}
        </Stack>
      )}
      {remind !== undefined && <RemindModal org={org} period={report.period} units={remind} onClose={() => setRemind(undefined)} />}
    </Stack>
  )
}

export function NotReportedSection({ org, periods, period, onPeriod }: { org: string; periods: PeriodList | undefined; period: string | null; onPeriod: (id: string) => void }) {
  const { t } = useTranslation()
  const chosen = period ?? periods?.currentId ?? periods?.items[0]?.id ?? null
  const report = useNotReported(org, chosen)
  return (
    <Stack gap="sm" component="section" aria-labelledby="not-reported">
      <Title order={2} id="not-reported">{t('plans.notReported.title')}</Title>
      {!periods || periods.items.length === 0 ? (
        <Text>{t('plans.notReported.noPeriods')}</Text>
      ) : (
        <>
          <Group>
            <Select label={t('plans.notReported.period')} data={periods.items.map((p) => ({ value: p.id, label: p.label }))} value={chosen} onChange={(v) => v && onPeriod(v)} allowDeselect={false} w={{ base: '100%', xs: 280 }} />
          </Group>
          {report.isPending ? <Loading /> : report.error ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : <Report org={org} report={report.data} />}
        </>
      )}
    </Stack>
  )
}
