// "Bài viết tuyên truyền": the stories of a unit and its subtree (default: my highest unit that reads them), newest
// first, with their status and a search (diacritics optional) kept in the address; "Viết bài" opens a new draft.
import { Box, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPencilPlus, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { PagedList } from '../../components/PagedList.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { STATUS_VALUES, useStories, type StoryListItem } from './api.ts'
import { CreateStoryModal } from './components/CreateStoryModal.tsx'
import { StoryCard } from './components/StoryCard.tsx'
import { canWriteStories, defaultStoryUnit, storyPath } from './paths.ts'
import { AreaNav } from '../models/components/AreaNav.tsx'

/** A filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

export function StoriesPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  usePageTitle(t('stories.list.title'))
  const [params, update] = useFilterParams()
  const [writing, setWriting] = useState(false)
  const org = params.get('org') ?? defaultStoryUnit(me.grants)?.id ?? ''
  const status = STATUS_VALUES.find((s) => s === params.get('status')) ?? null
  const q = params.get('q') ?? ''
  const [debounced] = useDebouncedValue(q.trim(), 400)
  const chosen = useOrganization(org)
  const list = useStories({ org, status, q: debounced })

  return (
    <>
      <AreaNav />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('stories.list.title')}</Title>
        {canWriteStories(me) && (
          <Button leftSection={<IconPencilPlus size={20} aria-hidden />} onClick={() => setWriting(true)}>
            {t('stories.list.write')}
          </Button>
        )}
      </Group>
      <Text>{t('stories.list.intro')}</Text>
      {!org ? (
        <Text>{t('stories.list.noUnit')}</Text>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="stories-results">
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker label={t('stories.list.unit')} placeholder={t('stories.list.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
          </Box>
          <Title order={2} id="stories-results">{t('stories.list.results')}</Title>
          <Group gap="md" align="flex-end" wrap="wrap" role="search">
            <TextInput
              type="search" label={t('stories.list.search')} placeholder={t('stories.list.searchPlaceholder')} leftSection={<IconSearch size={20} aria-hidden />}
              value={q} onChange={(e) => update({ q: e.currentTarget.value })} autoComplete="off" maxLength={100} w={{ base: '100%', xs: 340 }}
            />
            <Select
              label={t('stories.list.status')}
              data={[{ value: ALL, label: t('stories.list.allStatuses') }, ...STATUS_VALUES.map((s) => ({ value: s, label: t(`stories.status.${s}`) }))]}
              value={status ?? ALL}
              onChange={(value) => update({ status: value && value !== ALL ? value : null })}
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
            />
          </Group>
          <PagedList<StoryListItem> query={list} label={t('stories.list.listLabel')} empty={t('stories.list.empty')} render={(item) => <StoryCard key={item.id} item={item} />} />
        </Stack>
      )}
      {writing && <CreateStoryModal defaultOrg={org || null} onClose={() => setWriting(false)} onCreated={(detail) => void navigate(storyPath(detail.id))} />}
    </>
  )
}
