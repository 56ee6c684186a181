// "Tình hình xử lý": the digest of the chosen unit's subtree above the inbox (GET /feedback/summary) — figures as cards,
// then one row per direct sub-unit (the unit's own cases under its own name). Overdue figures above zero are in dark
// red bold text (well above 4.5:1 on white), and named in words, never by colour alone. No charts.
import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate, formatNumber } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useFeedbackSummary, type FeedbackSummary } from '../api.ts'
import { FEEDBACK_INBOX_PATH } from '../paths.ts'

const OVERDUE_COLOR = 'red.9'

interface Card {
  key: string
  label: string
  value: string
  alert?: boolean
}

function useCards({ totals, dueSoonUntil }: FeedbackSummary): Card[] {
  const { t } = useTranslation()
  return [
    { key: 'received', label: t('feedback.digest.received'), value: formatNumber(totals.received) },
    { key: 'open', label: t('feedback.digest.open'), value: formatNumber(totals.open) },
    { key: 'overdueAcknowledge', label: t('feedback.digest.overdueAcknowledge'), value: formatNumber(totals.overdueAcknowledge), alert: totals.overdueAcknowledge > 0 },
    { key: 'overdueHandling', label: t('feedback.digest.overdueHandling'), value: formatNumber(totals.overdueHandling), alert: totals.overdueHandling > 0 },
    { key: 'escalated', label: t('feedback.digest.escalated'), value: formatNumber(totals.escalated), alert: totals.escalated > 0 },
    { key: 'dueSoon', label: t('feedback.digest.dueSoon', { date: formatDate(dueSoonUntil) }), value: formatNumber(totals.dueSoon) },
    {
      key: 'onTime',
      label: t('feedback.digest.onTime'),
      value: t('feedback.digest.onTimeValue', { n: formatNumber(totals.answeredOnTime), answered: formatNumber(totals.answered) }),
    },
    {
      key: 'rating',
      label: t('feedback.digest.rating'),
      value: totals.averageRating === null ? t('feedback.digest.noRating') : t('feedback.digest.ratingValue', { x: formatNumber(totals.averageRating), n: formatNumber(totals.rated) }),
    },
  ]
}

function Cards({ summary }: { summary: FeedbackSummary }) {
  const cards = useCards(summary)
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" m={0}>
      {cards.map((card) => (
        <Paper key={card.key} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {card.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl" c={card.alert ? OVERDUE_COLOR : undefined}>
            {card.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}

function Overdue({ n }: { n: number }) {
  return (
    <Text span inherit c={n > 0 ? OVERDUE_COLOR : undefined} fw={n > 0 ? 700 : undefined}>
      {formatNumber(n)}
    </Text>
  )
}

function ByUnit({ org, rows }: { org: string; rows: FeedbackSummary['byUnit'] }) {
  const { t } = useTranslation()
  const label = t('feedback.digest.byUnit')
  return (
    <Stack gap="xs" component="section" aria-labelledby="feedback-digest-units">
      <Title order={3} id="feedback-digest-units">
        {label}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('feedback.digest.noCases')}</Text>
      ) : (
        <Table.ScrollContainer type="native" minWidth={560} tabIndex={0} role="region" aria-label={t('feedback.case.tableRegion', { name: label })}>
          <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('feedback.digest.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('feedback.digest.received')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('feedback.digest.open')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('feedback.digest.overdueAcknowledge')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('feedback.digest.overdueHandling')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row" fw={500}>
                    {row.id === org ? (
                      t('feedback.digest.ownCases', { name: row.name })
                    ) : (
                      <Anchor component={Link} to={`${FEEDBACK_INBOX_PATH}?org=${row.id}`} underline="always">
                        {row.name}
                      </Anchor>
                    )}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(row.received)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.open)}</Table.Td>
                  <Table.Td ta="right"><Overdue n={row.overdueAcknowledge} /></Table.Td>
                  <Table.Td ta="right"><Overdue n={row.overdueHandling} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

export function FeedbackDigest({ org }: { org: string }) {
  const { t } = useTranslation()
  const summary = useFeedbackSummary(org)
  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-digest-title">
      <Title order={2} id="feedback-digest-title">
        {t('feedback.digest.title')}
      </Title>
      {summary.isPending ? (
        <Loading />
      ) : summary.error ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Cards summary={summary.data} />
          <ByUnit org={org} rows={summary.data.byUnit} />
        </>
      )}
    </Stack>
  )
}
