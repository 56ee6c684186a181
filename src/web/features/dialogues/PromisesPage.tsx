// "Theo dõi lời hứa với nhân dân": the promises owned by a unit and its subtree (default: open ones), soonest due
// first, overdue ones flagged; the owner units report progress from here. Filters live in the address.
import { Box, Group, Select, Stack, Switch, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {  } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { BackLink } from '../../components/BackLink.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { PROMISE_STATUS_VALUES, usePromises, type PromiseFilter, type PromiseStatus } from './api.ts'
import { PromiseList } from './components/PromiseList.tsx'
import { DIALOGUES_PATH, defaultDialogueUnit } from './paths.ts'

const ALL = 'all'

function Results({ filter }: { filter: PromiseFilter }) {
  const { t } = useTranslation()
  const list = usePromises(filter)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{t('dialogues.tracker.empty')}</Text>
  return (
    <>
      <PromiseList promises={items} label={t('dialogues.tracker.listLabel')} showSession />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

export function PromisesPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('dialogues.tracker.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') ?? defaultDialogueUnit(me.grants)?.id ?? ''
  const statusParam = params.get('status')
  // Open promises unless another status (or all) is asked for.
  const status: PromiseStatus | null = statusParam === ALL ? null : (PROMISE_STATUS_VALUES.find((s) => s === statusParam) ?? 'open')
  const overdue = params.get('overdue') === 'true'
  const chosen = useOrganization(org)

  return (
    <>
      <BackLink to={org ? `${DIALOGUES_PATH}?org=${org}` : DIALOGUES_PATH}>{t('dialogues.tracker.back')}</BackLink>
      <Title order={1}>{t('dialogues.tracker.title')}</Title>
      <Text>{t('dialogues.tracker.intro')}</Text>
      {!org ? (
        <Text>{t('dialogues.list.noUnit')}</Text>
      ) : (
        <>
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker label={t('dialogues.list.unit')} placeholder={t('dialogues.list.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
          </Box>
          <Stack gap="sm" component="section" aria-labelledby="dialogue-tracker-results">
            <Title order={2} id="dialogue-tracker-results">
              {t('dialogues.tracker.results')}
            </Title>
            <Group gap="md" align="flex-end" wrap="wrap">
              <Select
                label={t('dialogues.tracker.status')}
                data={[...PROMISE_STATUS_VALUES.map((s) => ({ value: s, label: t(`dialogues.promiseStatus.${s}`) })), { value: ALL, label: t('dialogues.tracker.allStatuses') }]}
                value={status ?? ALL}
                onChange={(value) => update({ status: value && value !== 'open' ? value : null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 220 }}
              />
              <Switch label={t('dialogues.tracker.overdueOnly')} checked={overdue} onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : null })} pb={8} />
            </Group>
            <Results filter={{ org, status, overdue }} />
          </Stack>
        </>
      )}
    </>
  )
}
