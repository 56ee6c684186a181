// "Báo cáo tiến độ" from a phone: the status in large choices, the percentage (set by itself for "not started" and
// "done"), what was done, the period it reports for (the one being reported by default) and photos or PDFs as
// evidence (large photos shrunk in the browser first). Each report is added to the item's record, never overwrites it.
import { NumberInput, Radio, Select, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PLAN_STATUSES } from '../../../../common/contracts/plans.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { AttachmentPicker } from '../../feedback/components/AttachmentPicker.tsx'
import { usePeriods, useReportMutation, type PlanItemDetail, type PlanStatus } from '../api.ts'

const NONE = 'none'

export function UpdateModal({ item, onClose }: { item: PlanItemDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useReportMutation(item.id)
  const periods = usePeriods(item.plan.cycle.id)
  const [status, setStatus] = useState<PlanStatus>(item.reported.status === 'not_started' ? 'in_progress' : item.reported.status)
  const [progress, setProgress] = useState<number | string>(item.reported.progress)
  const [note, setNote] = useState('')
  const [period, setPeriod] = useState<string | null>(null)
  const [files, setFiles] = useState<File[]>([])
  const [preparing, setPreparing] = useState(false)
  const [problems, setProblems] = useState<{ progress?: string; note?: string }>({})
  const chosenPeriod = period ?? periods.data?.currentId ?? NONE
  const fixed = status === 'done' ? 100 : status === 'not_started' ? 0 : null

  function submit() {
    const value = fixed ?? (typeof progress === 'number' ? progress : NaN)
    const found = {
      progress: Number.isNaN(value) ? t('common.required') : fixed === null && value >= 100 ? t('plans.update.fullMeansDone') : undefined,
      note: note.trim().length < 5 ? t('plans.update.noteTooShort') : undefined,
    }
    setProblems(found)
    if (found.progress || found.note) return
    mutation.mutate(
      { input: { progress: value, status, note: note.trim(), ...(chosenPeriod === NONE ? {} : { periodId: chosenPeriod }) }, files },
      notifyAndClose(t('plans.update.done'), onClose),
    )
  }

  return (
    <FormModal
      title={t('plans.update.title')}
      intro={<Text fw={500} style={{ overflowWrap: 'anywhere' }}>{item.title}</Text>}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['progress', 'status', 'note', 'periodId', 'files']}
      submitLabel={t('plans.update.submit')}
      submitDisabled={preparing}
    >
      {item.fromChildren && <Text size="sm">{t('plans.update.fromChildrenHint')}</Text>}
      <Radio.Group label={t('plans.update.status')} value={status} onChange={(v) => setStatus(v as PlanStatus)} error={fieldError(mutation.error, 'status')}>
        <Stack gap="sm" mt="xs">
          {PLAN_STATUSES.map((s) => <Radio key={s} value={s} label={t(`plans.status.${s}`)} />)}
        </Stack>
      </Radio.Group>
      {fixed === null ? (
        <NumberInput label={t('plans.update.progress')} min={0} max={100} step={5} allowDecimal={false} allowNegative={false} clampBehavior="strict" suffix=" %" maw="12rem" value={progress} onChange={setProgress} required error={problems.progress ?? fieldError(mutation.error, 'progress')} errorProps={{ role: 'alert' }} inputMode="numeric" />
      ) : (
        <Text>{t('plans.update.progressFixed', { n: fixed })}</Text>
      )}
      <Textarea label={t('plans.update.note')} description={t('plans.update.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxRows={10} maxLength={2000} required error={problems.note ?? fieldError(mutation.error, 'note')} errorProps={{ role: 'alert' }} data-autofocus />
      <Select
        label={t('plans.update.period')}
        description={t('plans.update.periodHint')}
        data={[{ value: NONE, label: t('plans.update.noPeriod') }, ...(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.label }))]}
        value={chosenPeriod}
        onChange={(v) => setPeriod(v ?? NONE)}
        allowDeselect={false}
        error={fieldError(mutation.error, 'periodId')}
        w={{ base: '100%', xs: 320 }}
      />
      <AttachmentPicker files={files} onChange={setFiles} onPreparing={setPreparing} error={fieldError(mutation.error, 'files')} />
    </FormModal>
  )
}
