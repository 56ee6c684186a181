// "Kiểm tra, giám sát": a level's programme for a year (title, document number), the visits it made — or every level
// of its subtree — with their status and overdue report-backs, "Thêm cuộc kiểm tra", and the visits the unit itself
// received ("Đã được kiểm tra", concluded ones).
import { Anchor, Box, Button, Checkbox, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { useInspections, useProgramme, useReceivedInspections, type InspectionListItem } from './api.ts'
import { InspectionBadges } from './components/InspectionBadges.tsx'
import { ProgrammeModal } from './components/ProgrammeModal.tsx'
import { VisitFormModal } from './components/VisitFormModal.tsx'
import { defaultInspectionUnit, inspectionPath } from './paths.ts'

function VisitList({ list, label }: { list: ReturnType<typeof useInspections>; label: string }) {
  const { t } = useTranslation()
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{t('inspections.list.empty')}</Text>
  return (
    <>
      <Box component="ul" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {items.map((item: InspectionListItem) => (
          <Paper component="li" key={item.id} withBorder p="sm" radius="md">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Anchor component={Link} to={inspectionPath(item.id)} fw={700} underline="hover" style={{ overflowWrap: 'anywhere' }}>{item.title}</Anchor>
              <Group gap="xs"><InspectionBadges item={item} /></Group>
            </Group>
            <Text size="sm">
              {[t('inspections.list.by', { name: item.organization.name }), t('inspections.list.target', { name: item.targetPerson ? `${item.targetPerson.fullName} (${item.target.name})` : item.target.name }),
                formatDate(item.heldOn ?? item.plannedOn)].join(' · ')}
            </Text>
            {item.status === 'done' && (
              <Text size="sm">{t('inspections.list.findings', { count: item.findingCount })}{item.reportDueOn ? ` · ${t('inspections.list.reportDue', { date: formatDate(item.reportDueOn) })}` : ''}</Text>
            )}
          </Paper>
        ))}
      </Box>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

export function InspectionsPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('inspections.title'))
  const [params, setParams] = useSearchParams()
  const thisYear = new Date().getFullYear()
  const org = params.get('org') ?? defaultInspectionUnit(me.grants)?.id ?? ''
  const year = Number(params.get('year')) || thisYear
  const [subtree, setSubtree] = useState(false)
  const [modal, setModal] = useState<'programme' | 'visit' | null>(null)
  const chosen = useOrganization(org)
  const programme = useProgramme(org, year)
  const made = useInspections(org, year, subtree)
  const received = useReceivedInspections(org)
  const update = (key: string, value: string) => setParams((p) => { const next = new URLSearchParams(p); next.set(key, value); return next }, { replace: true })
  const view = programme.data
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map(String)

  return (
    <>
      <Title order={1}>{t('inspections.title')}</Title>
      <Text>{t('inspections.intro')}</Text>
      {!org ? <Text>{t('inspections.noUnit')}</Text> : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <Box w={{ base: '100%', sm: 360 }}>
              <OrgPicker label={t('inspections.unit')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update('org', id)} />
            </Box>
            <Select label={t('inspections.year')} data={years} value={String(year)} onChange={(y) => y && update('year', y)} allowDeselect={false} w={140} />
          </Group>
          <Tabs defaultValue="made" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="made">{t('inspections.tabs.made')}</Tabs.Tab>
              <Tabs.Tab value="received">{t('inspections.tabs.received')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="made" pt="md">
              <Stack gap="sm">
                {programme.error ? <ErrorState error={programme.error} onRetry={() => void programme.refetch()} /> : !view ? <Loading /> : (
                  <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="programme-title">
                    <Group justify="space-between" align="flex-start">
                      <Stack gap={2}>
                        <Title order={2} size="h3" id="programme-title">{view.programme?.title ?? t('inspections.programme.none', { year })}</Title>
                        {view.programme?.documentNumber && <Text>{t('inspections.programme.number', { number: view.programme.documentNumber })}</Text>}
                        {!view.cycleExists && <Text>{t('inspections.programme.noCycle', { year })}</Text>}
                      </Stack>
                      <Group gap="sm">
                        {view.abilities.manage && view.cycleExists && (
                          <Button variant="default" onClick={() => setModal('programme')}>{t(view.programme ? 'inspections.programme.edit' : 'inspections.programme.create')}</Button>
                        )}
                        {view.abilities.manage && (
                          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setModal('visit')}>{t('inspections.add')}</Button>
                        )}
                      </Group>
                    </Group>
                  </Paper>
                )}
                <Checkbox label={t('inspections.list.subtree')} checked={subtree} onChange={(e) => setSubtree(e.currentTarget.checked)} />
                <VisitList list={made} label={t('inspections.tabs.made')} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="received" pt="md">
              <Text mb="sm">{t('inspections.list.receivedIntro')}</Text>
              <VisitList list={received} label={t('inspections.tabs.received')} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
      {modal === 'programme' && view && <ProgrammeModal orgId={org} year={year} programme={view.programme} onClose={() => setModal(null)} />}
      {modal === 'visit' && <VisitFormModal orgId={org} hasProgramme={!!view?.programme} onClose={() => setModal(null)} />}
    </>
  )
}
