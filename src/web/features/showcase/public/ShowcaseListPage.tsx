// "Gương điển hình tiên tiến" (no account): commended, published models, newest commended first — one search box
// (diacritics optional) and filters (area, year, commune) kept in the address so Back and a shared link keep them;
// cards with small lazy thumbnails; "Xem thêm" for the next 24.
import { Anchor, Box, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconHeartHandshake, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { useFilterParams } from '../../../components/useFilterParams.ts'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { SUGGEST_MODEL_PATH } from '../paths.ts'
import { ModelCard } from './components/ModelCard.tsx'
import { AREA_VALUES, useShowcaseFilters, useShowcaseList, type ModelArea, type ShowcaseFilter } from './publicApi.ts'

/** A filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function Results({ filter, filtered }: { filter: ShowcaseFilter; filtered: boolean }) {
  const { t } = useTranslation()
  const list = useShowcaseList(filter)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{filtered ? t('showcase.list.noMatch') : t('showcase.list.empty')}</Text>
  return (
    <>
      <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" aria-label={t('showcase.list.listLabel')} aria-busy={list.isPlaceholderData} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <ModelCard key={item.id} item={item} />
        ))}
      </SimpleGrid>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

function SuggestBox() {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" gap="sm">
        <Box style={{ flex: '1 1 16rem' }}>
          <Text fw={700}>{t('showcase.list.suggestTitle')}</Text>
          <Text size="sm">{t('showcase.list.suggestNote')}</Text>
        </Box>
        <Button component={Link} to={SUGGEST_MODEL_PATH} variant="outline" leftSection={<IconHeartHandshake size={20} aria-hidden />}>
          {t('showcase.list.suggestLink')}
        </Button>
      </Group>
    </Paper>
  )
}

export function ShowcaseListPage() {
  const { t } = useTranslation()
  usePageTitle(t('showcase.list.title'))
  const [params, update] = useFilterParams()
  const choices = useShowcaseFilters()
  const q = params.get('q') ?? ''
  const [debounced] = useDebouncedValue(q.trim(), 400)
  const year = Number(params.get('year')) || null
  const filter: ShowcaseFilter = {
    q: debounced,
    area: AREA_VALUES.find((a) => a === params.get('area')) ?? null,
    year,
    commune: params.get('commune') || null,
  }
  const filtered = Boolean(filter.q || filter.area || filter.year || filter.commune)
  const set = (key: string) => (value: string | null) => update({ [key]: value && value !== ALL ? value : null })

  return (
    <>
      <Title order={1}>{t('showcase.list.title')}</Title>
      <Text>{t('showcase.list.intro')}</Text>
      <Stack gap="sm" role="search">
        <TextInput
          type="search"
          label={t('showcase.list.searchLabel')}
          description={t('showcase.list.searchDescription')}
          leftSection={<IconSearch size={20} aria-hidden />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          autoComplete="off"
          size="lg"
          maxLength={120}
        />
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('showcase.list.area')}
            data={[{ value: ALL, label: t('showcase.list.allAreas') }, ...AREA_VALUES.map((a: ModelArea) => ({ value: a, label: t(`showcase.area.${a}`) }))]}
            value={filter.area ?? ALL}
            onChange={set('area')}
            allowDeselect={false}
            w={{ base: '100%', xs: 200 }}
          />
          <Select
            label={t('showcase.list.year')}
            data={[{ value: ALL, label: t('showcase.list.allYears') }, ...(choices.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))]}
            value={year ? String(year) : ALL}
            onChange={set('year')}
            allowDeselect={false}
            w={{ base: '100%', xs: 160 }}
          />
          <Select
            label={t('showcase.list.commune')}
            data={[{ value: ALL, label: t('showcase.list.allCommunes') }, ...(choices.data?.communes ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            value={filter.commune ?? ALL}
            onChange={set('commune')}
            allowDeselect={false}
            searchable
            w={{ base: '100%', xs: 280 }}
          />
          {filtered && (
            <Anchor component="button" type="button" onClick={() => update({ q: null, area: null, year: null, commune: null })} pb={8}>
              {t('showcase.list.clear')}
            </Anchor>
          )}
        </Group>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="showcase-results">
        <Title order={2} id="showcase-results">
          {t('showcase.list.results')}
        </Title>
        <Results filter={filter} filtered={filtered} />
      </Stack>
      <SuggestBox />
    </>
  )
}
