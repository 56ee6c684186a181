// Reception days of a month for a unit and every province, commune and ward committee under it: owed, held, planned,
// and whether met — units behind first, flagged. Moves month by month; "Xem thêm" when a province has many.
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { useLabels } from '../../../components/labels.ts'
import { useCompliance } from '../api.ts'
import { formatMonth, shiftMonth, sortCompliance } from '../logic.ts'
import type { ComplianceRow } from '../../../../common/contracts/dialogues.ts'

function Result({ row }: { row: ComplianceRow }) {
  const { t } = useTranslation()
  if (row.required === 0) return <Text size="sm">{t('dialogues.compliance.notRequired')}</Text>
  return (
    <Badge component="span" variant="filled" color={row.met ? 'teal' : 'red'}>
      {row.met ? t('dialogues.compliance.met') : t('dialogues.compliance.notMet')}
    </Badge>
  )
}

export function CompliancePanel({ org, month, onMonth }: { org: string; month: string; onMonth: (month: string) => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const query = useCompliance(org, month)
  const title = t('dialogues.compliance.title', { month: formatMonth(month) })
  const first = query.data?.pages[0]
  const rows = sortCompliance(query.data?.pages.flatMap((p) => p.items) ?? [])
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dialogue-compliance-title">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={2} id="dialogue-compliance-title">
            {title}
          </Title>
          <Group gap="xs">
            <Button variant="default" size="xs" leftSection={<IconChevronLeft size={16} aria-hidden />} onClick={() => onMonth(shiftMonth(month, -1))}>
              {t('dialogues.compliance.previous')}
            </Button>
            <Button variant="default" size="xs" rightSection={<IconChevronRight size={16} aria-hidden />} onClick={() => onMonth(shiftMonth(month, 1))}>
              {t('dialogues.compliance.next')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">{t('dialogues.compliance.note')}</Text>
        {query.isPending && <Loading />}
        {query.error && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {first && (
          <>
            <Text fw={700} role="status">
              {first.totals.obliged === 0 ? t('dialogues.compliance.noneObliged') : t('dialogues.compliance.summary', { met: first.totals.met, obliged: first.totals.obliged })}
            </Text>
            <Table.ScrollContainer type="native" minWidth={560} tabIndex={0} role="region" aria-label={t('dialogues.compliance.tableRegion', { name: title })}>
              <Table withTableBorder striped verticalSpacing="xs" aria-label={title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dialogues.compliance.unit')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('dialogues.compliance.required')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('dialogues.compliance.held')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('dialogues.compliance.planned')}</Table.Th>
                    <Table.Th scope="col">{t('dialogues.compliance.result')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.organization.id}>
                      <Table.Th scope="row" fw={500}>
                        {r.organization.name}
                        <Text span size="sm" c="dimmed"> · {labels.orgKind(r.organization.kind)}</Text>
                      </Table.Th>
                      <Table.Td ta="right">{r.required}</Table.Td>
                      <Table.Td ta="right">{r.held}</Table.Td>
                      <Table.Td ta="right">{r.planned}</Table.Td>
                      <Table.Td><Result row={r} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
          </>
        )}
      </Stack>
    </Paper>
  )
}
