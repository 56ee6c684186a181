// "Tỷ lệ xuất sắc theo tổ chức cơ sở": in each grassroots organization, the "excellent" ratings decided against how many
// the decided "good" ones allow — red once over — and the cells' proposals, to warn before the decisions.
import { Anchor, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatNumber } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { type QuotaUseItem, useQuotaUse } from '../api.ts'
import { dashboardPath } from '../paths.ts'
import { ScrollTable } from './ScrollTable.tsx'

/** The fullest come first: the others on request. */
const FIRST = 10

function Use({ item }: { item: QuotaUseItem }) {
  const { t } = useTranslation()
  const over = item.excellent > item.allowed
  const value = item.allowed > 0 ? Math.min(100, (100 * item.excellent) / item.allowed) : item.excellent > 0 ? 100 : 0
  const label = t('dashboard.quota.useLabel', {
    scope: item.scope.name, excellent: formatNumber(item.excellent), allowed: formatNumber(item.allowed),
    percent: formatNumber(item.percent), good: formatNumber(item.good),
  })
  return (
    <Stack gap={4}>
      <Text fw={700} c={over ? 'red.9' : undefined}>
        {t('dashboard.quota.useValue', { excellent: formatNumber(item.excellent), allowed: formatNumber(item.allowed) })}
      </Text>
      <Progress value={value} size="lg" radius="xl" color={over ? 'red.8' : 'teal.7'} aria-label={label} />
    </Stack>
  )
}

function Proposed({ item }: { item: QuotaUseItem }) {
  const { t } = useTranslation()
  const over = item.excellent > item.allowed
  const warn = item.proposedExcellent > item.allowed
  return (
    <Stack gap={4} align="flex-start">
      <Text fw={700}>{formatNumber(item.proposedExcellent)}</Text>
      {over || warn ? (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={18} color="var(--mantine-color-red-9)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" fw={700} c="red.9">
            {over ? t('dashboard.quota.over') : t('dashboard.quota.warn', { proposed: formatNumber(item.proposedExcellent), allowed: formatNumber(item.allowed) })}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('dashboard.quota.within')}
        </Text>
      )}
    </Stack>
  )
}

/** `canOpen`: whether a scope's dashboard may be linked (a cell sees the scope above it, which its secretary may not read). */
export function QuotaSection({ org, cycleId, canOpen }: { org: string; cycleId: string; canOpen: (scopeId: string) => boolean }) {
  const { t } = useTranslation()
  const query = useQuotaUse(org, cycleId)
  const [all, setAll] = useState(false)
  const items = query.data?.items ?? []
  const shown = all ? items : items.slice(0, FIRST)
  return (
    <Stack gap="xs" component="section" aria-labelledby="dashboard-quota">
      <Title order={2} id="dashboard-quota">
        {t('dashboard.quota.title')}
      </Title>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('dashboard.quota.none')}</Text>
      ) : (
        <>
          <Text size="sm">{t('dashboard.quota.intro', { percent: formatNumber(items[0].percent) })}</Text>
          <ScrollTable minWidth={640} label={t('dashboard.quota.title')}>
            <Table aria-labelledby="dashboard-quota" withTableBorder verticalSpacing="sm" data-testid="dashboard-quota">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard.quota.scope')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('dashboard.quota.good')}</Table.Th>
                  <Table.Th scope="col" w="32%">{t('dashboard.quota.use')}</Table.Th>
                  <Table.Th scope="col">{t('dashboard.quota.proposed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((item) => (
                  <Table.Tr key={item.scope.id}>
                    <Table.Th scope="row" fw={400}>
                      {canOpen(item.scope.id) ? (
                        <Anchor component={Link} to={dashboardPath(item.scope.id, cycleId)} fw={700} className="row-link">
                          {item.scope.name}
                        </Anchor>
                      ) : (
                        <Text fw={700}>{item.scope.name}</Text>
                      )}
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(item.good)}</Table.Td>
                    <Table.Td>
                      <Use item={item} />
                    </Table.Td>
                    <Table.Td>
                      <Proposed item={item} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {shown.length < items.length && (
            <Button variant="default" onClick={() => setAll(true)} style={{ alignSelf: 'center' }}>
              {t('dashboard.quota.showAll', { n: formatNumber(items.length) })}
            </Button>
          )}
        </>
      )}
    </Stack>
  )
}
