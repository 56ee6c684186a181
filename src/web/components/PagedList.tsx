// A keyset-paged list of cards: loading, a retryable error, an empty message, the items as a labelled list, then
// "Xem thêm" while the server has more.
import { Box, Text } from '@mantine/core'
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ErrorState } from './ErrorState.tsx'
import { Loading } from './Loading.tsx'
import { LoadMore } from './LoadMore.tsx'

export function PagedList<T>({ query, label, empty, render }: {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>
  label: string
  empty: string
  render: (item: T) => ReactNode
}) {
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const items = query.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{empty}</Text>
  return (
    <>
      <Box component="ul" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {items.map(render)}
      </Box>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  )
}
