// One criteria table of one subject group, editable: each row a small card (title, max points, remove), a row to add,
// and the live total against the table's maximum.
import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../../components/format.ts'
import { sumPoints } from '../points.ts'
import type { CriterionDraft } from './draft.ts'

export type ErrorAt = (path: string) => string | undefined

/** "Tổng: 28/30" — red, and said in words, while it does not match. */
export function SumLine({ sum, max }: { sum: number; max: number }) {
  const { t } = useTranslation()
  const ok = sum === max
  return (
    <Text fw={700} c={ok ? undefined : 'red.9'} aria-live="polite" data-testid="criteria-sum">
      {t('rules.sum', { sum: formatNumber(sum), max: formatNumber(max) })}
      {!ok && ` — ${t('rules.sumOff', { max: formatNumber(max) })}`}
    </Text>
  )
}

export function CriteriaEditor({ heading, max, items, onChange, onAdd, path, errorAt }: {
  heading: string
  max: number
  items: CriterionDraft[]
  onChange: (items: CriterionDraft[]) => void
  onAdd: () => void
  /** The table's field path on the server, e.g. content.frame.groups.leader.general. */
  path: string
  errorAt: ErrorAt
}) {
  const { t } = useTranslation()
  const update = (i: number, patch: Partial<CriterionDraft>) => onChange(items.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const tableError = errorAt(path)
  return (
    <Stack gap="sm">
      <Title order={3}>{heading}</Title>
      {items.length === 0 && <Text>{t('rules.noCriteria')}</Text>}
      {items.map((c, i) => (
        <Paper key={c.code} component="fieldset" withBorder p="sm" radius="md" m={0}>
          <legend style={{ fontWeight: 700, padding: '0 0.25rem' }}>
            {t('rules.criterionRow', { n: i + 1 })}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              ({c.code})
            </Text>
          </legend>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Textarea
              label={t('rules.criterion')}
              required
              autosize
              minRows={1}
              maxRows={6}
              style={{ flex: '1 1 16rem' }}
              value={c.title}
              onChange={(e) => update(i, { title: e.currentTarget.value })}
              error={errorAt(`${path}.${i}.title`)}
            />
            <NumberInput
              label={t('rules.maxPoints')}
              required
              w="8.5rem"
              min={0}
              max={100}
              step={0.5}
              decimalScale={1}
              decimalSeparator=","
              value={c.maxPoints}
              onChange={(v) => update(i, { maxPoints: typeof v === 'number' ? v : '' })}
              error={errorAt(`${path}.${i}.maxPoints`)}
            />
            <ActionIcon variant="subtle" color="red" aria-label={t('rules.removeCriterion', { n: i + 1 })} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              <IconTrash size={22} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between" gap="sm">
        <Button variant="default" leftSection={<IconPlus size={20} aria-hidden />} onClick={onAdd}>
          {t('rules.addCriterion')}
        </Button>
        <SumLine sum={sumPoints(items)} max={max} />
      </Group>
      {tableError && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {tableError}
        </Text>
      )}
    </Stack>
  )
}
