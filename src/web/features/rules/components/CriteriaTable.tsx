// One criteria table, read only: code, criterion, max points, and the total against the table's maximum.
import { Stack, Table, Text, Title } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion } from '../../../../common/contracts/rules.ts'
import { formatNumber } from '../../../components/format.ts'
import { sumPoints } from './points.ts'

export function CriteriaTable({ heading, max, items }: { heading: string; max: number; items: readonly Criterion[] }) {
  const { t } = useTranslation()
  const id = useId()
  const sum = sumPoints(items)
  return (
    <Stack gap="xs">
      <Title order={3} id={id}>
        {heading}
      </Title>
      <Table aria-labelledby={id} withTableBorder verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" visibleFrom="sm">
              {t('rules.criterionCode')}
            </Table.Th>
            <Table.Th scope="col">{t('rules.criterion')}</Table.Th>
            <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('rules.maxPoints')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                {c.code}
              </Table.Td>
              <Table.Td>
                {c.title}
                {/* On phones the code column is gone: the code goes under the criterion. */}
                <Text size="sm" c="dimmed" hiddenFrom="sm">
                  {t('rules.criterionCode')}: {c.code}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(c.maxPoints)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td visibleFrom="sm" />
            <Table.Th scope="row">{t('rules.total')}</Table.Th>
            <Table.Td ta="right" fw={700} data-testid="criteria-total">
              {sum === max ? (
                formatNumber(sum)
              ) : (
                <Text span c="red.9" fw={700}>
                  {formatNumber(sum)}/{formatNumber(max)}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Stack>
  )
}
