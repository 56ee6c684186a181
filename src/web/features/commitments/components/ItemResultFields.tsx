// The first part of the self-assessment: for each item its result (not done, done, exceeded) and what shows it.
import { Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ITEM_RESULTS } from '../../../../common/contracts/commitments.ts'
import type { CommitmentItem, ItemResult } from '../api.ts'

export interface ResultRow {
  result: ItemResult | null
  note: string
}

export function ItemResultFields({ items, rows, onChange, missing }: {
  /** Sorted by area: the position is the item's number. */
  items: readonly CommitmentItem[]
  rows: Record<string, ResultRow>
  onChange: (id: string, patch: Partial<ResultRow>) => void
  /** After a submit: items left without a result are marked. */
  missing: boolean
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      {items.map((item, i) => (
        <Paper key={item.id} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Text fw={500} style={{ whiteSpace: 'pre-line' }}>
              {i + 1}. {item.content}
            </Text>
            <Text size="sm">
              <Text span fw={700}>{t('commitments.target')}:</Text> {item.target}
              {item.midyearPercent !== null && ` · ${t('commitments.progress.short', { n: item.midyearPercent })}`}
            </Text>
            <Radio.Group
              label={t('commitments.result.labelFor', { n: i + 1 })}
              required
              value={rows[item.id].result}
              onChange={(v) => onChange(item.id, { result: v as ItemResult })}
              error={missing && !rows[item.id].result ? t('commitments.result.missing') : undefined}
            >
              <Group gap="md" mt={6}>
                {ITEM_RESULTS.map((r) => (
                  <Radio key={r} value={r} label={t(`commitments.result.${r}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={t('commitments.result.noteFor', { n: i + 1 })}
              description={t('commitments.result.noteHint')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={rows[item.id].note}
              onChange={(e) => onChange(item.id, { note: e.currentTarget.value })}
            />
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
