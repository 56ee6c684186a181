// "Gương điển hình": the models of a unit and its subtree (default: my highest unit that reads them), with filters kept
// in the address (kind, area, movement, state) and a search without diacritics, in Vietnamese order of titles, "Xem
// thêm" for more; "Thêm gương điển hình" for the managers; the movements page one click away.
import { Box, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFlag, IconPlus, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { PagedList } from '../../components/PagedList.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { AREA_VALUES, KIND_VALUES, STATE_VALUES, useModels, useMovements, type ModelFilter, type ModelListItem } from './api.ts'
import { CreateModelModal } from './components/CreateModelModal.tsx'
import { ModelCard } from './components/ModelCard.tsx'
import { canManageModels, defaultModelUnit, modelPath, MOVEMENTS_PATH } from './paths.ts'
import { AreaNav } from './components/AreaNav.tsx'

/** A filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function pick<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((v) => v === raw) ?? null
}

export function ModelsPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  usePageTitle(t('models.list.title'))
  const [params, update] = useFilterParams()
  const [adding, setAdding] = useState(false)
  const org = params.get('org') ?? defaultModelUnit(me.grants)?.id ?? ''
  const q = params.get('q') ?? ''
  const [debounced] = useDebouncedValue(q.trim(), 350)
  const filter: ModelFilter = {
    org,
    kind: pick(KIND_VALUES, params.get('kind')),
    area: pick(AREA_VALUES, params.get('area')),
    movement: params.get('movement'),
    state: pick(STATE_VALUES, params.get('state')),
    q: debounced,
  }
  const chosen = useOrganization(org)
  const movements = useMovements(org)
  const list = useModels(filter)
  const choose = (key: string, value: string | null) => update({ [key]: value && value !== ALL ? value : null })

  const select = (key: 'kind' | 'area' | 'state', values: readonly string[], label: (v: string) => string) => (
    <Select
      label={t(`models.list.${key}`)}
      data={[{ value: ALL, label: t(`models.list.${key}All`) }, ...values.map((v) => ({ value: v, label: label(v) }))]}
      value={filter[key] ?? ALL}
      onChange={(value) => choose(key, value)}
      allowDeselect={false}
      w={{ base: '100%', xs: 190 }}
    />
  )

  return (
    <>
      <AreaNav />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('models.list.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to={MOVEMENTS_PATH} variant="default" leftSection={<IconFlag size={20} aria-hidden />}>
            {t('models.movements.title')}
          </Button>
          {canManageModels(me) && (
            <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
              {t('models.list.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('models.list.intro')}</Text>
      {!org ? (
        <Text>{t('models.list.noUnit')}</Text>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="models-results">
          <Group gap="md" align="flex-end" wrap="wrap">
            <Box w={{ base: '100%', sm: 320 }}>
              <OrgPicker label={t('models.list.unit')} placeholder={t('models.list.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id, movement: null })} />
            </Box>
            <TextInput
              label={t('models.list.search')}
              description={t('models.list.searchHint')}
              leftSection={<IconSearch size={18} aria-hidden />}
              value={q}
              onChange={(e) => update({ q: e.currentTarget.value })}
              maxLength={100}
              w={{ base: '100%', sm: 320 }}
              type="search"
            />
          </Group>
          <Group gap="md" align="flex-end" wrap="wrap">
            {select('kind', KIND_VALUES, (v) => t(`models.kind.${v as 'practice'}`))}
            {select('area', AREA_VALUES, (v) => t(`models.area.${v as 'style'}`))}
            {select('state', STATE_VALUES, (v) => t(`models.state.${v as 'draft'}`))}
            <Select
              label={t('models.list.movement')}
              data={[{ value: ALL, label: t('models.list.movementAll') }, ...(movements.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))]}
              value={filter.movement ?? ALL}
              onChange={(value) => choose('movement', value)}
              allowDeselect={false}
              searchable
              nothingFoundMessage={t('common.noResults')}
              w={{ base: '100%', xs: 260 }}
            />
          </Group>
          <Title order={2} id="models-results">
            {t('models.list.results')}
          </Title>
          <PagedList<ModelListItem> query={list} label={t('models.list.listLabel')} empty={t('models.list.empty')} render={(item) => <ModelCard key={item.id} item={item} />} />
        </Stack>
      )}
      {adding && <CreateModelModal defaultOrg={org || null} onClose={() => setAdding(false)} onCreated={(detail) => void navigate(modelPath(detail.id))} />}
    </>
  )
}
