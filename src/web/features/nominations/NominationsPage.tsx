// "Đề cử khen thưởng": the inbox — "Chờ cấp mình xét" (held at my units, in review), "Đơn vị mình đề cử", "Tất cả" (over
// my subtrees) — with the year and (outside the first tab) the status as filters, all kept in the address; newest
// first, "Xem thêm" for more.
import { Group, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { STATUS_VALUES, useNominations, type InboxFilter, type NominationBox, type NominationStatus } from './api.ts'
import { NominationList } from './components/NominationList.tsx'
import { AreaNav } from '../models/components/AreaNav.tsx'
import { BOXES, canUseNominations, yearChoices, yearParam } from './paths.ts'

/** A filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function Results({ filter }: { filter: InboxFilter }) {
  const { t } = useTranslation()
  const list = useNominations(filter)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{t(`nominations.inbox.empty.${filter.box}`)}</Text>
  return (
    <>
      <NominationList items={items} label={t('nominations.inbox.listLabel')} />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

export function NominationsPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('nominations.inbox.title'))
  const [params, update] = useFilterParams()
  const box: NominationBox = BOXES.find((b) => b === params.get('box')) ?? 'at'
  const status = box === 'at' ? null : (STATUS_VALUES.find((s) => s === params.get('status')) ?? null)
  const filter: InboxFilter = { box, year: yearParam(params.get('year')), status }
  const thisYear = new Date().getFullYear()

  return (
    <>
      <AreaNav />
      <Title order={1}>{t('nominations.inbox.title')}</Title>
      <Text>{t('nominations.inbox.intro')}</Text>
      {!canUseNominations(me) ? (
        <Text>{t('nominations.inbox.noAccess')}</Text>
      ) : (
        <Tabs value={box} onChange={(value) => value && update({ box: value === 'at' ? null : value, status: null })} keepMounted={false}>
          <Tabs.List aria-label={t('nominations.inbox.tabsLabel')}>
            {BOXES.map((b) => (
              <Tabs.Tab key={b} value={b}>
                {t(`nominations.inbox.tabs.${b}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {BOXES.map((b) => (
            <Tabs.Panel key={b} value={b} pt="md">
              <Stack gap="sm">
                <Group gap="md" align="flex-end" wrap="wrap">
                  <Select
                    label={t('nominations.inbox.year')}
                    data={[{ value: ALL, label: t('nominations.inbox.allYears') }, ...yearChoices(thisYear, filter.year).map((y) => ({ value: String(y), label: String(y) }))]}
                    value={filter.year ? String(filter.year) : ALL}
                    onChange={(value) => update({ year: value === ALL ? null : value })}
                    allowDeselect={false}
                    w={{ base: '100%', xs: 200 }}
                  />
                  {b !== 'at' && (
                    <Select
                      label={t('nominations.inbox.status')}
                      data={[{ value: ALL, label: t('nominations.inbox.allStatuses') }, ...STATUS_VALUES.map((s) => ({ value: s, label: t(`nominations.status.${s}`) }))]}
                      value={status ?? ALL}
                      onChange={(value) => update({ status: value === ALL ? null : (value as NominationStatus) })}
                      allowDeselect={false}
                      w={{ base: '100%', xs: 220 }}
                    />
                  )}
                </Group>
                <Results filter={filter} />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </>
  )
}
