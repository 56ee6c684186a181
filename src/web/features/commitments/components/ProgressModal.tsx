// Mid-year progress ("sơ kết 6 tháng"): for each item how far it has come (0–100 %) and a note; the items left
// empty keep what they had. "Lưu tiến độ" sends them all at once.
import { NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useReportProgressMutation, type Commitment } from '../api.ts'
import { sortByArea } from './commitmentLabels.ts'

interface Row {
  percent: number | ''
  note: string
}

export function ProgressModal({ commitment, onClose }: { commitment: Commitment; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useReportProgressMutation(commitment.id)
  const items = sortByArea(commitment.items)
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(items.map((i) => [i.id, { percent: i.midyearPercent ?? '', note: i.midyearNote ?? '' }])),
  )
  const [empty, setEmpty] = useState(false)
  const set = (id: string, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }))

  function onSubmit() {
    const reported = items.filter((i) => rows[i.id].percent !== '')
    setEmpty(reported.length === 0)
    if (reported.length === 0) return
    const body = reported.map((i) => ({ id: i.id, percent: Number(rows[i.id].percent), note: rows[i.id].note.trim() || null }))
    mutation.mutate({ items: body }, notifyAndClose(t('commitments.progress.done'), onClose))
  }

  return (
    <FormModal
      title={t('commitments.progress.title', { year: commitment.cycle.year })}
      intro={<Text>{t('commitments.progress.intro')}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      submitLabel={t('commitments.progress.save')}
      size="lg"
    >
      {empty && (
        <Text c="var(--mantine-color-error)" role="alert">
          {t('commitments.progress.none')}
        </Text>
      )}
      {items.map((item, i) => (
        <Paper key={item.id} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Text fw={500} style={{ whiteSpace: 'pre-line' }}>
              {i + 1}. {item.content}
            </Text>
            <Text size="sm">
              <Text span fw={700}>{t('commitments.target')}:</Text> {item.target}
            </Text>
            <NumberInput
              label={t('commitments.progress.percentLabel', { n: i + 1 })}
              min={0}
              max={100}
              step={5}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              suffix=" %"
              maw="12rem"
              value={rows[item.id].percent}
              onChange={(v) => set(item.id, { percent: v === '' ? '' : Number(v) })}
              data-autofocus={i === 0 || undefined}
            />
            <Textarea
              label={t('commitments.progress.noteLabel', { n: i + 1 })}
              description={t('common.optional')}
              autosize
              minRows={1}
              maxRows={5}
              maxLength={1000}
              value={rows[item.id].note}
              onChange={(e) => set(item.id, { note: e.currentTarget.value })}
            />
          </Stack>
        </Paper>
      ))}
    </FormModal>
  )
}
