import { Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useEntryPoints, useOrganizationSearch } from './api.ts'
import { OrgTree } from './components/OrgTree.tsx'

/** The tree from my entry points, or a search over the units I may see. */
export function OrganizationsPage() {
  const { t } = useTranslation()
  usePageTitle(t('org.treeTitle'))
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const [debounced] = useDebouncedValue(q.trim(), 400)
  const searching = debounced.length >= 2
  const entry = useEntryPoints()
  const search = useOrganizationSearch(searching ? debounced : '')
  const current = searching ? search : entry

  return (
    <>
      <Title order={1}>{t('org.treeTitle')}</Title>
      <Text>{t('org.treeIntro')}</Text>
      <TextInput
        type="search"
        label={t('org.searchLabel')}
        placeholder={t('org.searchPlaceholder')}
        leftSection={<IconSearch size={20} aria-hidden />}
        value={q}
        onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
      />
      <Stack gap={0} component="section" aria-label={searching ? t('people.results') : t('org.treeTitle')}>
        {current.isPending ? (
          <Loading />
        ) : current.error ? (
          <ErrorState error={current.error} onRetry={() => void current.refetch()} />
        ) : current.data.items.length === 0 ? (
          <Text>{searching ? t('common.noResults') : t('org.noEntryPoints')}</Text>
        ) : (
          <OrgTree items={current.data.items} />
        )}
      </Stack>
    </>
  )
}
