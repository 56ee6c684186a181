import { Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useOrganization } from '../organizations/api.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ExportButton } from '../exports/components/ExportButton.tsx'
import { usePeople } from './api.ts'
import { PeopleResults } from './components/PeopleResults.tsx'

/** One search box (diacritics optional), an optional unit; the filter lives in the URL so Back keeps it. */
export function PeopleSearchPage() {
  const { t } = useTranslation()
  usePageTitle(t('people.searchTitle'))
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const org = params.get('org')
  const subtree = params.get('subtree') !== 'false'
  const [debounced] = useDebouncedValue(q.trim(), 450)
  const ready = debounced.length >= 2 || Boolean(org)
  const people = usePeople({ q: debounced, org, subtree }, { enabled: ready })
  // The chosen unit's name, when the page opens with ?org= (a link, or Back).
  const chosen = useOrganization(org ?? '', { enabled: Boolean(org) })

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }

  return (
    <>
      <Title order={1}>{t('people.searchTitle')}</Title>
      <Stack gap="md" role="search">
        <TextInput
          type="search"
          label={t('people.searchLabel')}
          description={t('people.searchDescription')}
          leftSection={<IconSearch size={20} aria-hidden />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          autoComplete="off"
          size="lg"
          data-testid="people-search"
        />
        <Group align="flex-end" gap="md">
          <div style={{ flex: '1 1 18rem' }}>
            <OrgPicker
              label={t('people.unitFilter')}
              placeholder={t('people.unitFilterPlaceholder')}
              value={org}
              selected={chosen.data ?? null}
              onChange={(id) => update({ org: id, subtree: null })}
            />
          </div>
          {org && (
            <Switch label={t('people.includeSubtree')} checked={subtree} onChange={(e) => update({ subtree: e.currentTarget.checked ? null : 'false' })} pb="sm" />
          )}
        </Group>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="people-results">
        <Group justify="space-between" gap="sm">
          <Title order={2} id="people-results">
            {t('people.results')}
          </Title>
          {/* The file holds what the list shows (every page of it): offered once the list has answered with someone. */}
          {ready && (people.data?.pages[0]?.items.length ?? 0) > 0 && (
            <ExportButton list="people" params={{ q: debounced || undefined, org, subtree: org ? String(subtree) : undefined }} />
          )}
        </Group>
        {ready ? <PeopleResults query={people} /> : <Text>{t('people.hint')}</Text>}
      </Stack>
    </>
  )
}
