// The criteria of one area, editable: each row a small card (code, wording, maximum points; up, down, remove), a row
// to add, and the live sum against 100 — said in words while it does not match.
import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ModelArea } from '../../../../../common/contracts/models.base.ts'
import { RUBRIC_TOTAL } from '../../../../../common/contracts/rubrics.ts'
import { formatNumber } from '../../../../components/format.ts'
import { areaPath, moveCriterion, newCriterion, sumPoints, type CriterionDraft } from './draft.ts'
import type { ErrorAt } from './MetaFields.tsx'

const errorProps = { role: 'alert' }

/** "Tổng: 90/100 điểm — còn thiếu 10 điểm": red while it does not match, announced politely as it changes. */
export function SumLine({ sum }: { sum: number }) {
  const { t } = useTranslation()
  const diff = Math.abs(RUBRIC_TOTAL - sum)
  const off = sum < RUBRIC_TOTAL ? t('rubrics.sumShort', { diff: formatNumber(diff) }) : t('rubrics.sumOver', { diff: formatNumber(diff) })
  return (
    <Text fw={700} c={sum === RUBRIC_TOTAL ? undefined : 'red.9'} aria-live="polite">
      {t('rubrics.sum', { sum: formatNumber(sum), max: formatNumber(RUBRIC_TOTAL) })}
      {sum !== RUBRIC_TOTAL && ` — ${off}`}
    </Text>
  )
}

export function AreaEditor({ area, items, onChange, onReorder, errorAt }: {
  area: ModelArea
  items: CriterionDraft[]
  /** A row's content changed. */
  onChange: (items: CriterionDraft[]) => void
  /** Rows added, removed or moved (the server's messages by row number no longer apply). */
  onReorder: (items: CriterionDraft[]) => void
  errorAt: ErrorAt
}) {
  const { t } = useTranslation()
  const label = t(`models.area.${area}`)
  const path = areaPath(area)
  const update = (i: number, patch: Partial<CriterionDraft>) => onChange(items.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const areaError = errorAt(path)
  return (
    <Stack gap="sm" component="section" aria-labelledby={`rubric-edit-${area}`}>
      <Title order={3} id={`rubric-edit-${area}`}>
        {label}
      </Title>
      {items.length === 0 && <Text>{t('rubrics.noCriteria')}</Text>}
      {items.map((c, i) => {
        const n = i + 1
        return (
          <Paper key={c.row} component="fieldset" withBorder p="sm" radius="md" m={0} style={{ minWidth: 0 }}>
            <legend style={{ fontWeight: 700, padding: '0 0.25rem' }}>{t('rubrics.criterionRow', { area: label, n })}</legend>
            <Stack gap="sm">
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('rubrics.criterionKeyN', { n })}
                  required
                  autoCapitalize="none"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={40}
                  style={{ flex: '1 1 12rem' }}
                  value={c.key}
                  onChange={(e) => update(i, { key: e.currentTarget.value })}
                  error={errorAt(`${path}.${i}.key`)}
                  errorProps={errorProps}
                />
                <NumberInput
                  label={t('rubrics.criterionPointsN', { n })}
                  required
                  style={{ flex: '0 1 13rem' }}
                  min={1}
                  max={RUBRIC_TOTAL}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="strict"
                  inputMode="numeric"
                  value={c.maxPoints}
                  onChange={(v) => update(i, { maxPoints: typeof v === 'number' ? v : '' })}
                  error={errorAt(`${path}.${i}.maxPoints`)}
                  errorProps={errorProps}
                />
              </Group>
              <Textarea
                label={t('rubrics.criterionTitleN', { n })}
                required
                autosize
                minRows={2}
                maxRows={6}
                maxLength={500}
                value={c.title}
                onChange={(e) => update(i, { title: e.currentTarget.value })}
                error={errorAt(`${path}.${i}.title`)}
                errorProps={errorProps}
              />
              <Group gap="xs">
                <ActionIcon variant="default" size="input-sm" disabled={i === 0} onClick={() => onReorder(moveCriterion(items, i, i - 1))} aria-label={t('rubrics.moveUp', { n })}>
                  <IconArrowUp size={20} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="default" size="input-sm" disabled={i === items.length - 1} onClick={() => onReorder(moveCriterion(items, i, i + 1))} aria-label={t('rubrics.moveDown', { n })}>
                  <IconArrowDown size={20} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="default" size="input-sm" onClick={() => onReorder(items.filter((_, j) => j !== i))} aria-label={t('rubrics.removeCriterion', { n })}>
                  <IconTrash size={20} aria-hidden color="var(--mantine-color-red-9)" />
                </ActionIcon>
              </Group>
            </Stack>
          </Paper>
        )
      })}
      <Group justify="space-between" gap="sm">
        <Button variant="default" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => onReorder([...items, newCriterion(items)])} aria-label={t('rubrics.addCriterionTo', { area: label })}>
          {t('rubrics.addCriterion')}
        </Button>
        <SumLine sum={sumPoints(items)} />
      </Group>
      {areaError && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {areaError}
        </Text>
      )}
    </Stack>
  )
}
