// "Hạn chế, khuyết điểm cần khắc phục" in the cell's review: up to ten shortcomings the cell names (rows added and
// removed), recorded against the member and carried into next year's commitment as items to fix. Empty rows are dropped.
import { Button, Stack, Text, Textarea } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldError } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'

const MAX = 10
const MIN_LENGTH = 5
let nextKey = 0
const row = (text: string) => ({ key: `s-${++nextKey}`, text })

export function useShortcomings(initial: readonly string[]) {
  const [rows, setRows] = useState(() => initial.map(row))
  const filled = rows.filter((r) => r.text.trim() !== '')
  // The server names a shortcoming by its place among those sent (`shortcomings.0`), the empty rows left out.
  const sentIndex = new Map(filled.map((r, i) => [r.key, i]))
  return {
    rows,
    texts: filled.map((r) => r.text.trim()),
    valid: filled.every((r) => r.text.trim().length >= MIN_LENGTH),
    paths: filled.map((_, i) => `shortcomings.${i}`),
    sentIndex: (key: string) => sentIndex.get(key),
    add: () => setRows((rs) => (rs.length < MAX ? [...rs, row('')] : rs)),
    remove: (key: string) => setRows((rs) => rs.filter((r) => r.key !== key)),
    change: (key: string, text: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, text } : r))),
  }
}

export function ShortcomingsField({ state, tried, error }: { state: ReturnType<typeof useShortcomings>; tried: boolean; error: unknown }) {
  const { t } = useTranslation()
  const hintId = useId()
  const full = state.rows.length >= MAX
  const rowError = (key: string, text: string) => {
    const trimmed = text.trim()
    if (tried && trimmed !== '' && trimmed.length < MIN_LENGTH) return t('evaluations.review.shortcomingTooShort')
    const i = state.sentIndex(key)
    return i === undefined ? undefined : fieldError(error, `shortcomings.${i}`)
  }
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }} aria-describedby={hintId} data-testid="shortcomings-field">
      <legend style={{ fontWeight: 500, padding: 0 }}>{t('evaluations.review.shortcomings')}</legend>
      <Text size="sm" c="dimmed" id={hintId}>
        {t('evaluations.review.shortcomingsHint')}
      </Text>
      <Stack gap="sm" mt="xs">
        {state.rows.map((r, i) => (
          <Stack key={r.key} gap={4}>
            <Textarea
              label={t('evaluations.review.shortcomingLabel', { n: formatNumber(i + 1) })}
              autosize
              minRows={1}
              maxRows={5}
              maxLength={1000}
              value={r.text}
              onChange={(e) => state.change(r.key, e.currentTarget.value)}
              error={rowError(r.key, r.text)}
            />
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => state.remove(r.key)}
              aria-label={t('evaluations.review.removeShortcomingLabel', { n: formatNumber(i + 1) })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('evaluations.review.removeShortcoming')}
            </Button>
          </Stack>
        ))}
      </Stack>
      <Button variant="outline" mt="sm" leftSection={<IconPlus size={20} aria-hidden />} onClick={state.add} disabled={full}>
        {t('evaluations.review.addShortcoming')}
      </Button>
      {full && (
        <Text size="sm" mt={4}>
          {t('evaluations.review.shortcomingsMax', { max: formatNumber(MAX) })}
        </Text>
      )}
      {fieldError(error, 'shortcomings') && (
        <Text c="var(--mantine-color-error)" size="sm" mt={6} role="alert">
          {fieldError(error, 'shortcomings')}
        </Text>
      )}
    </fieldset>
  )
}
