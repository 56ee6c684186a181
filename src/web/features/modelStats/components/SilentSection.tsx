// "Đơn vị chưa có đề cử": how many units nominated nothing in the year, and — on "Xem danh sách" — the list itself in
// Vietnamese order, a page at a time, each with its kind and the unit it belongs to.
import { Button, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { useSilentUnits, type ModelSummary } from '../api.ts'
import { ScrollTable } from './ScrollTable.tsx'

function SilentList({ org, year }: { org: string; year: number }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const query = useSilentUnits(org, year, true)
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const rows = query.data.pages.flatMap((p) => p.items)
  const title = t('modelStats.silent.title')
  return (
    <>
      <ScrollTable minWidth={600} label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('modelStats.silent.unit')}</Table.Th>
            <Table.Th scope="col">{t('modelStats.silent.kind')}</Table.Th>
            <Table.Th scope="col">{t('modelStats.silent.parent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody data-testid="model-stats-silent">
          {rows.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Th scope="row" fw={500}>{u.name}</Table.Th>
              <Table.Td>{labels.orgKind(u.kind)}</Table.Td>
              <Table.Td>{u.parent?.name ?? t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  )
}

export function SilentSection({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <Stack gap="sm" component="section" aria-labelledby="model-stats-silent-title">
      <Title order={2} id="model-stats-silent-title">
        {t('modelStats.silent.title')}
      </Title>
      <Text size="sm">{t('modelStats.silent.hint')}</Text>
      {s.silent.silent === 0 ? (
        <Text>{t('modelStats.silent.none')}</Text>
      ) : (
        <>
          <Text fw={500}>{t('modelStats.silent.count', { silent: formatNumber(s.silent.silent), units: formatNumber(s.silent.units) })}</Text>
          <div>
            <Button variant="default" aria-expanded={open} aria-controls="model-stats-silent-list" onClick={() => setOpen((v) => !v)}>
              {open ? t('modelStats.silent.hide') : t('modelStats.silent.show')}
            </Button>
          </div>
          <div id="model-stats-silent-list">{open && <SilentList org={s.organization.id} year={s.year} />}</div>
        </>
      )}
    </Stack>
  )
}
