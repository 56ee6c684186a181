// The checklist of a visit: each point with its result and note; while the visit is planned, its managers record the
// results, add points by hand and save the whole list.
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CheckResult } from '../../../../common/contracts/inspections.ts'
import { FormError } from '../../../components/FormError.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { CHECK_RESULTS, useChecksMutation, type InspectionDetail } from '../api.ts'

type Row = { id?: string; criterion: string; result: CheckResult | null; note: string }

export function ChecklistSection({ visit }: { visit: InspectionDetail }) {
  const { t } = useTranslation()
  const editable = visit.abilities.edit
  const mutation = useChecksMutation(visit.id)
  const [rows, setRows] = useState<Row[]>(visit.checks.map((c) => ({ id: c.id, criterion: c.criterion, result: c.result, note: c.note ?? '' })))
  const [point, setPoint] = useState('')
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const results = CHECK_RESULTS.map((r) => ({ value: r, label: t(`inspections.result.${r}`) }))

  function save() {
    mutation.mutate({ items: rows.map((r) => ({ id: r.id, criterion: r.criterion, result: r.result, note: r.note.trim() || null })) }, { onSuccess: () => notifySuccess(t('inspections.checks.saved')) })
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="checks-title">
      <Title order={2} id="checks-title">{t('inspections.checks.title')}</Title>
      {rows.length === 0 ? <Text>{t('inspections.checks.empty')}</Text> : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">{t('inspections.checks.criterion')}</Table.Th>
                <Table.Th scope="col">{t('inspections.checks.result')}</Table.Th>
                <Table.Th scope="col">{t('inspections.checks.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={r.id ?? `new-${i}`}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.criterion}</Table.Td>
                  <Table.Td>
                    {editable ? (
                      <Select aria-label={t('inspections.checks.resultOf', { n: i + 1 })} data={results} value={r.result} onChange={(v) => set(i, { result: v as CheckResult | null })} placeholder={t('inspections.checks.noResult')} clearable w={170} />
                    ) : r.result ? t(`inspections.result.${r.result}`) : '—'}
                  </Table.Td>
                  <Table.Td>
                    {editable ? <TextInput aria-label={t('inspections.checks.noteOf', { n: i + 1 })} value={r.note} onChange={(e) => set(i, { note: e.currentTarget.value })} maxLength={2000} /> : r.note || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && (
        <>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('inspections.checks.addPoint')} value={point} onChange={(e) => setPoint(e.currentTarget.value)} maxLength={500} style={{ flex: 1 }} />
            <Button variant="default" disabled={point.trim().length < 3} onClick={() => { setRows([...rows, { criterion: point.trim(), result: null, note: '' }]); setPoint('') }}>{t('inspections.checks.add')}</Button>
          </Group>
          <FormError error={mutation.error} />
          <Group><Button onClick={save} loading={mutation.isPending}>{t('inspections.checks.save')}</Button></Group>
        </>
      )}
    </Stack>
  )
}
