// The steps of a visit: conclude (held on, conclusion, recommendations, report-back date, findings — each becomes a
// shortcoming of the target), cancel with a reason, and the inspected unit's report back.
import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import type { ShortcomingSeverity } from '../../../../common/contracts/shortcomings.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCancelInspectionMutation, useConcludeMutation, useReportBackMutation, type InspectionDetail } from '../api.ts'

const SEVERITIES: readonly ShortcomingSeverity[] = ['low', 'medium', 'high']

export function ConcludeModal({ visit, onClose }: { visit: InspectionDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useConcludeMutation(visit.id)
  const [d, setD] = useState({ heldOn: visit.plannedOn <= todayIso() ? visit.plannedOn : todayIso(), conclusion: '', recommendations: '', reportDueOn: '' })
  const [findings, setFindings] = useState<{ description: string; severity: ShortcomingSeverity }[]>([])
  const err = (key: string) => fieldError(mutation.error, key)
  const target = visit.targetPerson ? visit.targetPerson.fullName : visit.target.name
  return (
    <FormModal
      title={t('inspections.conclude.title')} size="xl" onClose={onClose} pending={mutation.isPending} error={mutation.error}
      fields={['heldOn', 'conclusion', 'recommendations', 'reportDueOn']} submitLabel={t('inspections.conclude.submit')}
      onSubmit={() => mutation.mutate({ ...d, conclusion: d.conclusion.trim(), recommendations: d.recommendations.trim(), reportDueOn: d.reportDueOn || null, findings }, notifyAndClose(t('inspections.conclude.done'), onClose))}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput type="date" label={t('inspections.conclude.heldOn')} value={d.heldOn} onChange={(e) => setD({ ...d, heldOn: e.currentTarget.value })} required error={err('heldOn')} />
        <TextInput type="date" label={t('inspections.conclude.reportDueOn')} value={d.reportDueOn} onChange={(e) => setD({ ...d, reportDueOn: e.currentTarget.value })} error={err('reportDueOn')} />
      </SimpleGrid>
      <Textarea label={t('inspections.conclude.conclusion')} value={d.conclusion} onChange={(e) => setD({ ...d, conclusion: e.currentTarget.value })} required minLength={10} autosize minRows={3} error={err('conclusion')} />
      <Textarea label={t('inspections.conclude.recommendations')} value={d.recommendations} onChange={(e) => setD({ ...d, recommendations: e.currentTarget.value })} required minLength={10} autosize minRows={2} error={err('recommendations')} />
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={3} size="h4" component="legend">{t('inspections.conclude.findings', { target })}</Title>
        {findings.map((f, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
            <Textarea label={t('inspections.conclude.finding', { n: i + 1 })} value={f.description} onChange={(e) => setFindings(findings.map((x, j) => (j === i ? { ...x, description: e.currentTarget.value } : x)))} required minLength={10} autosize style={{ flex: 1 }} error={err(`findings.${i}.description`)} />
            <Select label={t('inspections.conclude.severity')} data={SEVERITIES.map((s) => ({ value: s, label: t(`inspections.severity.${s}`) }))} value={f.severity} onChange={(s) => s && setFindings(findings.map((x, j) => (j === i ? { ...x, severity: s as ShortcomingSeverity } : x)))} allowDeselect={false} w={130} />
            <ActionIcon variant="default" size="lg" mb={4} aria-label={t('inspections.conclude.removeFinding', { n: i + 1 })} onClick={() => setFindings(findings.filter((_, j) => j !== i))}><IconTrash size={18} aria-hidden /></ActionIcon>
          </Group>
        ))}
        <Group><Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setFindings([...findings, { description: '', severity: 'medium' }])} disabled={findings.length >= 30}>{t('inspections.conclude.addFinding')}</Button></Group>
      </Stack>
    </FormModal>
  )
}

export function CancelModal({ visit, onClose }: { visit: InspectionDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCancelInspectionMutation(visit.id)
  const [reason, setReason] = useState('')
  return (
    <FormModal title={t('inspections.cancel.title')} onClose={onClose} pending={mutation.isPending} error={mutation.error} fields={['reason']} submitLabel={t('inspections.cancel.submit')} submitColor="red.9"
      onSubmit={() => mutation.mutate(reason.trim(), notifyAndClose(t('inspections.cancel.done'), onClose))}>
      <Textarea label={t('inspections.cancel.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required minLength={5} maxLength={1000} autosize data-autofocus error={fieldError(mutation.error, 'reason')} />
    </FormModal>
  )
}

export function ReportBackModal({ visit, onClose }: { visit: InspectionDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useReportBackMutation(visit.id)
  const [report, setReport] = useState('')
  return (
    <FormModal title={t('inspections.reportBack.title')} size="lg" onClose={onClose} pending={mutation.isPending} error={mutation.error} fields={['report']} submitLabel={t('inspections.reportBack.submit')}
      onSubmit={() => mutation.mutate(report.trim(), notifyAndClose(t('inspections.reportBack.done'), onClose))}>
      <Textarea label={t('inspections.reportBack.report')} description={t('inspections.reportBack.hint')} value={report} onChange={(e) => setReport(e.currentTarget.value)} required minLength={10} autosize minRows={4} data-autofocus error={fieldError(mutation.error, 'report')} />
    </FormModal>
  )
}
