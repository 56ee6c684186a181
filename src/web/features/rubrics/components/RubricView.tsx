// A rubric's criteria, read only: one table per area (code, criterion, maximum points) with the sum in its footer;
// on phones the code goes under the criterion.
import { Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MODEL_AREAS, type ModelArea } from '../../../../common/contracts/models.base.ts'
import { RUBRIC_TOTAL, type RubricContent, type RubricCriterion } from '../../../../common/contracts/rubrics.ts'
import { formatNumber } from '../../../components/format.ts'
import { sumPoints } from './editor/draft.ts'

function AreaTable({ area, items }: { area: ModelArea; items: readonly RubricCriterion[] }) {
  const { t } = useTranslation()
  const label = t(`models.area.${area}`)
  const sum = sumPoints(items)
  return (
    <Stack gap="xs" component="section" aria-labelledby={`rubric-area-${area}`}>
      <Title order={3} id={`rubric-area-${area}`}>
        {label}
      </Title>
      <Table.ScrollContainer minWidth={340} type="native">
        <Table aria-label={t('rubrics.areaTable', { area: label })} withTableBorder verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" visibleFrom="sm">
                {t('rubrics.criterionKey')}
              </Table.Th>
              <Table.Th scope="col">{t('rubrics.criterion')}</Table.Th>
              <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('rubrics.maxPoints')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.key}>
                <Table.Td visibleFrom="sm" style={{ whiteSpace: 'nowrap' }}>
                  {c.key}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {c.title}
                  {/* On phones the code column is gone: the code goes under the criterion. */}
                  <Text size="sm" c="dimmed" hiddenFrom="sm">
                    {t('rubrics.criterionKey')}: {c.key}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(c.maxPoints)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td visibleFrom="sm" />
              <Table.Th scope="row">{t('rubrics.total')}</Table.Th>
              <Table.Td ta="right" fw={700} data-testid={`rubric-total-${area}`}>
                {sum === RUBRIC_TOTAL ? (
                  formatNumber(sum)
                ) : (
                  <Text span c="red.9" fw={700}>
                    {formatNumber(sum)}/{formatNumber(RUBRIC_TOTAL)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

export function RubricView({ content }: { content: RubricContent }) {
  const { t } = useTranslation()
  return (
    <Stack gap="lg" component="section" aria-labelledby="rubric-criteria">
      <Title order={2} id="rubric-criteria">
        {t('rubrics.criteria')}
      </Title>
      {MODEL_AREAS.map((area) => (
        <AreaTable key={area} area={area} items={content.areas[area]} />
      ))}
    </Stack>
  )
}
