// One criteria table of the scoring sheet: each criterion with its maximum and the member's points (0 to the maximum,
// by half points), and the table's live total against its maximum.
import { NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion } from '../../../../common/contracts/rules.ts'
import { formatNumber } from '../../../components/format.ts'
import { addPoints } from '../../evaluations/rating.ts'

/** As typed: a number, '' while empty, or a string while unfinished ("7,"). */
export type Scores = Record<string, number | string>

/** The points of an input, or '' while it is empty or unfinished. */
export function pointsOf(value: number | string | undefined): number | '' {
  if (value === undefined || value === '') return ''
  const n = typeof value === 'number' ? value : Number(value.replace(',', '.'))
  return Number.isFinite(n) ? n : ''
}

/** Points go by halves: 7 or 7,5, not 7,3. */
export const isHalf = (n: number) => Number.isInteger(n * 2)

export function ScoreTable({ heading, order = 4, max, criteria, scores, onChange, missing }: {
  heading: string
  order?: 3 | 4
  max: number
  criteria: readonly Criterion[]
  scores: Scores
  onChange: (code: string, value: number | string) => void
  /** After a submit: criteria left without points are marked. */
  missing: boolean
}) {
  const { t } = useTranslation()
  const id = useId()
  const cellError = (value: number | string | undefined) => {
    const n = pointsOf(value)
    if (n === '') return missing ? t('evaluations.self.scoreMissing') : undefined
    return isHalf(n) ? undefined : t('evaluations.self.scoreHalves')
  }
  const total = addPoints(criteria.map((c) => pointsOf(scores[c.code])))
  return (
    <Stack gap="xs">
      <Title order={order} id={id}>
        {heading}
      </Title>
      <Table aria-labelledby={id} withTableBorder verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rules.criterion')}</Table.Th>
            <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('evaluations.self.maxShort')}
            </Table.Th>
            <Table.Th scope="col" w="8.5rem">
              {t('evaluations.self.points')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td>{c.title}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.maxPoints)}</Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={t('evaluations.self.pointsFor', { title: c.title })}
                  min={0}
                  max={c.maxPoints}
                  step={0.5}
                  decimalScale={1}
                  decimalSeparator=","
                  allowedDecimalSeparators={['.', ',']}
                  allowNegative={false}
                  clampBehavior="strict"
                  value={scores[c.code] ?? ''}
                  onChange={(v) => onChange(c.code, v)}
                  error={cellError(scores[c.code])}
                  data-criterion={c.code}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('rules.total')}</Table.Th>
            <Table.Td />
            <Table.Td fw={700} data-testid="score-table-total" aria-live="polite">
              <Text span fw={700}>
                {t('evaluations.self.outOf', { value: formatNumber(total), max: formatNumber(max) })}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Stack>
  )
}
