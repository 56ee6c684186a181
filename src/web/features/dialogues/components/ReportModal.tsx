// A progress report on a promise: how far it has come (0–100 %), what was done, and whether it is now done (or, for
// the session's managers, dropped); the earlier reports are listed below the form.
import { NumberInput, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDateTime } from '../../../components/format.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { Loading } from '../../../components/Loading.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { usePromise, useReportPromiseMutation, type DialoguePromise } from '../api.ts'

type Outcome = 'open' | 'done' | 'dropped'

function History({ promiseId }: { promiseId: string }) {
  const { t } = useTranslation()
  const query = usePromise(promiseId)
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const label = t('dialogues.report.history')
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{label}</Title>
      {query.data.reports.length === 0 ? (
        <Text>{t('dialogues.promises.noReport')}</Text>
      ) : (
        <Table.ScrollContainer type="native" minWidth={520} tabIndex={0} role="region" aria-label={t('dialogues.report.tableRegion', { name: label })}>
          <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dialogues.report.at')}</Table.Th>
                <Table.Th scope="col">{t('dialogues.report.progressColumn')}</Table.Th>
                <Table.Th scope="col">{t('dialogues.report.note')}</Table.Th>
                <Table.Th scope="col">{t('dialogues.report.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...query.data.reports].reverse().map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {r.progress}%{r.status !== 'open' ? ` · ${t(`dialogues.promiseStatus.${r.status}`)}` : ''}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{r.note}</Table.Td>
                  <Table.Td>{r.by ?? t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

export function ReportModal({ promise, onClose }: { promise: DialoguePromise; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useReportPromiseMutation(promise)
  const [progress, setProgress] = useState<number | string>(promise.progress)
  const [note, setNote] = useState('')
  const [outcome, setOutcome] = useState<Outcome>('open')
  const [problems, setProblems] = useState<{ progress?: string; note?: string }>({})

  function onSubmit() {
    const found = {
      progress: outcome !== 'done' && typeof progress !== 'number' ? t('common.required') : undefined,
      note: note.trim().length < 5 ? t('dialogues.report.noteTooShort') : undefined,
    }
    setProblems(found)
    if (found.progress || found.note) return
    const value = outcome === 'done' ? 100 : Number(progress)
    mutation.mutate({ progress: value, note: note.trim(), ...(outcome === 'open' ? {} : { status: outcome }) }, notifyAndClose(t('dialogues.report.done'), onClose))
  }

  return (
    <FormModal
      title={t('dialogues.report.title')}
      intro={<Text fw={500} style={{ overflowWrap: 'anywhere' }}>{promise.content}</Text>}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['progress', 'note', 'status']}
      submitLabel={t('dialogues.report.submit')}
    >
      <Radio.Group label={t('dialogues.report.outcome')} value={outcome} onChange={(v) => setOutcome(v as Outcome)} error={fieldError(mutation.error, 'status')}>
        <Stack gap="xs" mt="xs">
          <Radio value="open" label={t('dialogues.report.outcomeOpen')} />
          <Radio value="done" label={t('dialogues.report.outcomeDone')} />
          {promise.abilities.manage && <Radio value="dropped" label={t('dialogues.report.outcomeDropped')} />}
        </Stack>
      </Radio.Group>
      {outcome !== 'done' && (
        <NumberInput label={t('dialogues.report.progress')} min={0} max={100} step={5} allowDecimal={false} allowNegative={false} clampBehavior="strict" suffix=" %" maw="12rem" value={progress} onChange={setProgress} required error={problems.progress ?? fieldError(mutation.error, 'progress')} errorProps={{ role: 'alert' }} />
      )}
      <Textarea label={t('dialogues.report.note')} description={t('dialogues.report.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxRows={10} maxLength={2000} required error={problems.note ?? fieldError(mutation.error, 'note')} errorProps={{ role: 'alert' }} data-autofocus />
      <History promiseId={promise.id} />
    </FormModal>
  )
}
