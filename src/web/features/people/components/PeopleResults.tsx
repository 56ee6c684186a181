// A page-at-a-time list of people: name (link), birth year, unit and position; "Xem thêm" for the next page.
import { Anchor, Box, Paper, Stack, Text } from '@mantine/core'
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PersonListItem } from '../../../../common/contracts/people.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import type { PeoplePage } from '../api.ts'

function PersonRow({ person }: { person: PersonListItem }) {
  const { t } = useTranslation()
  const facts = [
    person.birthYear ? t('people.born', { year: person.birthYear }) : null,
    person.position,
  ].filter(Boolean)
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={2}>
        <Anchor component={Link} to={`/nguoi/${person.id}`} fw={700} size="lg" className="row-link" underline="hover">
          {person.fullName}
        </Anchor>
        {facts.length > 0 && <Text size="md">{facts.join(' · ')}</Text>}
        <Text size="sm" c="dimmed">
          {person.unit?.name ?? t('people.noUnit')}
        </Text>
      </Stack>
    </Paper>
  )
}

export function PeopleResults({ query }: { query: UseInfiniteQueryResult<InfiniteData<PeoplePage>> }) {
  const { t } = useTranslation()
  if (query.isPending) return <Loading />
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const people = query.data?.pages.flatMap((page) => page.items) ?? []
  if (people.length === 0) return <Text>{t('common.noResults')}</Text>
  return (
    <Stack gap="sm">
      <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {people.map((person) => (
          <PersonRow key={person.id} person={person} />
        ))}
      </Box>
      {query.isFetchNextPageError && <ErrorState error={query.error} onRetry={() => void query.fetchNextPage()} />}
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </Stack>
  )
}
