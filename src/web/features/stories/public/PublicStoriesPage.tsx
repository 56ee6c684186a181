// "Bài viết" (no account): published stories, newest first — a search box (diacritics optional) and a tag, both kept
// in the address so Back and a shared link keep them; cards with a small lazy photo, the title, the lead, the unit and
// the date; "Xem thêm" for the next 20.
import { Anchor, Box, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { todayIso } from '../../../../common/dates.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { useFilterParams } from '../../../components/useFilterParams.ts'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { publicStoryPath, publicStoryPhotoUrl } from '../paths.ts'
import { usePublicStories, type PublicStoryFilter, type PublicStorySummary } from './publicApi.ts'

const excerpt = (s: string) => (s.length > 260 ? `${s.slice(0, 259)}…` : s)

function StoryItem({ item }: { item: PublicStorySummary }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group gap="md" align="flex-start" wrap="nowrap">
        {item.cover && (
          <Box style={{ flex: '0 0 6.5rem' }}>
            <img
              src={publicStoryPhotoUrl(item.id, item.cover.photoId, true)} alt="" loading="lazy" decoding="async" width={104} height={78}
              style={{ display: 'block', width: '100%', height: 'auto', aspectRatio: '4 / 3', objectFit: 'cover', borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-gray-1)' }}
            />
          </Box>
        )}
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Anchor component={Link} to={publicStoryPath(item.id)} fw={700} size="lg" underline="hover" lh={1.35} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Anchor>
          <Text size="sm" c="gray.7">
            {item.unit.name} · {t('stories.article.publishedOn', { date: formatDate(todayIso(new Date(item.publishedAt))) })}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{excerpt(item.lead)}</Text>
        </Stack>
      </Group>
    </Paper>
  )
}

function Results({ filter }: { filter: PublicStoryFilter }) {
  const { t } = useTranslation()
  const list = usePublicStories(filter)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{filter.q || filter.tag ? t('stories.public.noResults') : t('stories.public.empty')}</Text>
  return (
    <>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('stories.public.listLabel')} aria-busy={list.isPlaceholderData}>
        {items.map((item) => <StoryItem key={item.id} item={item} />)}
      </Stack>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

export function PublicStoriesPage() {
  const { t } = useTranslation()
  usePageTitle(t('stories.public.title'))
  const [params, update] = useFilterParams()
  const q = params.get('q') ?? ''
  const tag = params.get('tag') ?? ''
  const [debounced] = useDebouncedValue(q.trim(), 400)
  return (
    <>
      <Title order={1}>{t('stories.public.title')}</Title>
      <Text>{t('stories.public.intro')}</Text>
      <Stack gap="xs" role="search">
        <TextInput
          type="search" label={t('stories.public.search')} placeholder={t('stories.public.searchPlaceholder')} leftSection={<IconSearch size={20} aria-hidden />}
          value={q} onChange={(e) => update({ q: e.currentTarget.value })} autoComplete="off" size="lg" maxLength={100}
        />
        {tag && (
          <Group gap="sm">
            <Text fw={500}>{t('stories.public.tagFilter', { tag })}</Text>
            <Anchor component="button" type="button" onClick={() => update({ tag: null })}>{t('stories.public.clearTag')}</Anchor>
          </Group>
        )}
      </Stack>
      <Results filter={{ q: debounced, tag }} />
    </>
  )
}
