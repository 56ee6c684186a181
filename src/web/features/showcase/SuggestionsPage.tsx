// "Gương điển hình do nhân dân giới thiệu" (/guong-dien-hinh/goi-y?org=&status=): citizens' suggestions for the
// communes I moderate (or under a chosen unit), waiting ones first by default, newest first, "Xem thêm" for more;
// accept one as a draft model (its card then links to it), or decline it. Filters live in the address.
import { Box, Group, Select, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { SUGGESTION_STATUS_VALUES, useSuggestions, type SuggestionFilter, type SuggestionItem } from './api.ts'
import { SuggestionCard } from './components/SuggestionCard.tsx'
import { AcceptSuggestionModal, DeclineSuggestionModal } from './components/SuggestionModals.tsx'
import { AreaNav } from '../models/components/AreaNav.tsx'

/** A filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function Results({ filter, onAccept, onDecline }: { filter: SuggestionFilter; onAccept: (s: SuggestionItem) => void; onDecline: (s: SuggestionItem) => void }) {
  const { t } = useTranslation()
  const list = useSuggestions(filter)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{t('showcase.moderation.empty')}</Text>
  return (
    <>
      <Stack component="ul" gap="sm" aria-label={t('showcase.moderation.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <SuggestionCard key={item.id} item={item} onAccept={() => onAccept(item)} onDecline={() => onDecline(item)} />
        ))}
      </Stack>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

export function SuggestionsPage() {
  const { t } = useTranslation()
  usePageTitle(t('showcase.moderation.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') || null
  // Waiting ones unless another status (or all) was chosen.
  const rawStatus = params.get('status') ?? 'pending'
  const filter: SuggestionFilter = { org, status: SUGGESTION_STATUS_VALUES.find((s) => s === rawStatus) ?? null }
  const chosen = useOrganization(org ?? '', { enabled: Boolean(org) })
  const [accepting, setAccepting] = useState<SuggestionItem | null>(null)
  const [declining, setDeclining] = useState<SuggestionItem | null>(null)

  return (
    <>
      <AreaNav />
      <Title order={1}>{t('showcase.moderation.title')}</Title>
      <Text>{t('showcase.moderation.intro')}</Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Box w={{ base: '100%', sm: 360 }}>
          <OrgPicker label={t('showcase.moderation.unit')} placeholder={t('showcase.moderation.unitPlaceholder')} value={org} selected={chosen.data ?? null} onChange={(id) => update({ org: id })} />
        </Box>
        <Select
          label={t('showcase.moderation.status')}
          data={[{ value: ALL, label: t('showcase.moderation.allStatuses') }, ...SUGGESTION_STATUS_VALUES.map((s) => ({ value: s, label: t(`showcase.moderation.statuses.${s}`) }))]}
          value={filter.status ?? ALL}
          onChange={(value) => update({ status: value === 'pending' ? null : value })}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      <Results filter={filter} onAccept={setAccepting} onDecline={setDeclining} />
      {accepting && (
        <AcceptSuggestionModal suggestion={accepting} onClose={() => setAccepting(null)} />
      )}
      {declining && <DeclineSuggestionModal suggestion={declining} onClose={() => setDeclining(null)} />}
    </>
  )
}
