// "Tình hình khắc phục": the figures of the chosen unit's subtree (GET /shortcomings/summary) as cards — open, awaiting
// verification, fixed, overdue — then one row per direct sub-unit (the unit's own under its own name). Overdue figures
// above zero are in dark red bold text (well above 4.5:1 on white) and named in words, never by colour alone.
import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatNumber } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useShortcomingSummary, type ShortcomingSummary as Summary } from '../api.ts'
import { SHORTCOMINGS_PATH } from '../paths.ts'

const OVERDUE_COLOR = 'red.9'
const FIGURES = ['open', 'proposed', 'fixed', 'overdue'] as const

function Cards({ totals }: { totals: Summary['totals'] }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="sm" m={0}>
      {FIGURES.map((key) => (
        <Paper key={key} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`shortcomings.summary.${key}`)}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl" c={key === 'overdue' && totals.overdue > 0 ? OVERDUE_COLOR : undefined}>
            {formatNumber(totals[key])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}

function ByUnit({ org, rows }: { org: string; rows: Summary['byUnit'] }) {
  const { t } = useTranslation()
  const label = t('shortcomings.summary.byUnit')
  return (
    <Stack gap="xs" component="section" aria-labelledby="shortcomings-summary-units">
      <Title order={3} id="shortcomings-summary-units">
        {label}
      </Title>
      <Table.ScrollContainer type="native" minWidth={520} tabIndex={0} role="region" aria-label={t('shortcomings.summary.tableRegion', { name: label })}>
        <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shortcomings.summary.unit')}</Table.Th>
              {FIGURES.map((key) => (
                <Table.Th key={key} scope="col" ta="right">{t(`shortcomings.summary.${key}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  {row.id === org ? (
                    t('shortcomings.summary.own', { name: row.name })
                  ) : (
                    <Anchor component={Link} to={`${SHORTCOMINGS_PATH}?org=${row.id}`} underline="always">
                      {row.name}
                    </Anchor>
                  )}
                </Table.Th>
                <Table.Td ta="right">{formatNumber(row.open)}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.proposed)}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.fixed)}</Table.Td>
                <Table.Td ta="right">
                  <Text span inherit c={row.overdue > 0 ? OVERDUE_COLOR : undefined} fw={row.overdue > 0 ? 700 : undefined}>
                    {formatNumber(row.overdue)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

export function ShortcomingSummary({ org }: { org: string }) {
  const { t } = useTranslation()
  const summary = useShortcomingSummary(org)
  return (
    <Stack gap="sm" component="section" aria-labelledby="shortcomings-summary-title">
      <Title order={2} id="shortcomings-summary-title">
        {t('shortcomings.summary.title')}
      </Title>
      {summary.isPending ? (
        <Loading />
      ) : summary.error ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Cards totals={summary.data.totals} />
          {summary.data.byUnit.length === 0 ? <Text>{t('shortcomings.summary.none')}</Text> : <ByUnit org={org} rows={summary.data.byUnit} />}
        </>
      )}
    </Stack>
  )
}
