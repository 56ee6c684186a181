// The direct sub-units, one row each: a sortable table (lowest registration rate first, so the laggards come first);
// a unit's name drills down to its own dashboard, a second link opens its page in the tree.
import { Anchor, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber, formatPercent } from '../../../components/format.ts'
import { dashboardPath } from '../paths.ts'
import { DEFAULT_SORT, ratio, SORT_KEYS, sortUnits, type Sort, type SortKey, type UnitFigures } from '../totals.ts'
import { ScrollTable } from './ScrollTable.tsx'

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: Sort; onSort: (s: Sort) => void }) {
  const { t } = useTranslation()
  const active = sort.key === column
  const Icon = !active ? IconArrowsSort : sort.descending ? IconArrowDown : IconArrowUp
  return (
    <Table.Th
      scope="col"
      ta={column === 'name' ? 'left' : 'right'}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
      miw={column === 'name' ? 200 : 88}
      style={{ verticalAlign: 'bottom' }}
    >
      <UnstyledButton
        onClick={() => onSort({ key: column, descending: active ? !sort.descending : false })}
        fw={700}
        py={6}
        ta={column === 'name' ? 'left' : 'right'}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, minHeight: 44, lineHeight: 1.3 }}
        aria-label={t('dashboard.units.sortBy', { column: t(`dashboard.units.${column}`) })}
      >
        {t(`dashboard.units.${column}`)}
        <Icon size={16} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  )
}

/** A rate, with the counts it comes from under it. */
function Rate({ part, whole }: { part: number; whole: number }) {
  const { t } = useTranslation()
  return (
    <>
      <Text span fw={700}>
        {formatPercent(ratio(part, whole))}
      </Text>
      <Text size="xs" c="dimmed">
        {t('dashboard.units.rateOf', { part: formatNumber(part), whole: formatNumber(whole) })}
      </Text>
    </>
  )
}

export function SubUnitsTable({ units, cycleId, labelledBy }: { units: readonly UnitFigures[]; cycleId: string; labelledBy: string }) {
  const { t } = useTranslation()
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT)
  const rows = sortUnits(units, sort)
  const number = (n: number) => <Table.Td ta="right">{formatNumber(n)}</Table.Td>
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('dashboard.units.sortHint')}
      </Text>
      <ScrollTable minWidth={860} label={t('dashboard.units.title')}>
        <Table aria-labelledby={labelledBy} withTableBorder striped verticalSpacing="xs" data-testid="dashboard-units">
          <Table.Thead>
            <Table.Tr>
              {SORT_KEYS.map((k) => (
                <SortHeader key={k} column={k} sort={sort} onSort={setSort} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={dashboardPath(u.id, cycleId)} fw={700} className="row-link">
                    {u.name}
                  </Anchor>
                  <br />
                  <Anchor component={Link} to={`/to-chuc/${u.id}`} size="sm" aria-label={t('dashboard.openOrgOf', { name: u.name })}>
                    {t('dashboard.openOrg')}
                  </Anchor>
                </Table.Th>
                {number(u.people)}
                <Table.Td ta="right">
                  <Rate part={u.registered} whole={u.people} />
                </Table.Td>
                {number(u.approved)}
                {number(u.returned)}
                <Table.Td ta="right">
                  <Rate part={u.progressReported} whole={u.approved} />
                </Table.Td>
                {number(u.selfAssessed)}
                {number(u.proposed)}
                {number(u.decided)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  )
}
