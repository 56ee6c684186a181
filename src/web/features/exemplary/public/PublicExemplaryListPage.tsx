// The public list (no account): this year's exemplary commitments published to the public, newest first, with one
// search box (a name or a unit, diacritics optional) kept in the address so Back returns to the same results.
import { Anchor, Box, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { formatDay } from '../api.ts'
import { publicExemplaryPath, usePublicExemplaryList, type PublicExemplarySummary } from './publicApi.ts'

function Row({ item }: { item: PublicExemplarySummary }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={2}>
        <Anchor component={Link} to={publicExemplaryPath(item.commitmentId)} fw={700} size="lg" className="row-link" underline="hover">
          {item.person.fullName}
        </Anchor>
        <Text>{[item.person.position, item.organization.name].filter(Boolean).join(' · ')}</Text>
        <Text size="sm" c="dimmed">
          {t('public.yearLabel', { year: item.year })} · {t('public.publishedOn', { date: formatDay(item.publishedAt) })}
        </Text>
      </Stack>
    </Paper>
  )
}

function Results({ q }: { q: string }) {
  const { t } = useTranslation()
  const list = usePublicExemplaryList(q)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{q ? t('public.noMatch', { q }) : t('public.empty')}</Text>
  return (
    <>
      <Box component="ul" aria-label={t('public.listLabel')} aria-busy={list.isPlaceholderData} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {items.map((item) => (
          <Row key={item.commitmentId} item={item} />
        ))}
      </Box>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

export function PublicExemplaryListPage() {
  const { t } = useTranslation()
  usePageTitle(t('public.title'))
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const [debounced] = useDebouncedValue(q.trim(), 400)

  return (
    <>
      <Title order={1}>{t('public.title')}</Title>
      <Text>{t('public.intro')}</Text>
      <div role="search">
        <TextInput
          type="search"
          label={t('public.searchLabel')}
          description={t('public.searchDescription')}
          leftSection={<IconSearch size={20} aria-hidden />}
          value={q}
          onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
          autoComplete="off"
          size="lg"
          maxLength={120}
        />
      </div>
      <Stack gap="sm" component="section" aria-labelledby="public-exemplary-results">
        <Title order={2} id="public-exemplary-results">
          {t('public.results')}
        </Title>
        <Results q={debounced} />
      </Stack>
    </>
  )
}
