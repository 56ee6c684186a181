// "Hạn chế, khuyết điểm": the register of a unit and its subtree (default: my highest unit that reads it) — the figures
// (open, awaiting verification, fixed, overdue; by sub-unit), then the list with its filters (status, source, severity,
// subject, overdue only), newest first, "Xem thêm" for more, and its Excel file. Filters live in the address.
import { Box, Button, Group, Select, Stack, Switch, Text, Title } from '@mantine/core'
import { IconPencilPlus, IconUser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ExportButton } from '../exports/components/ExportButton.tsx'
import { useOrganization } from '../organizations/api.ts'
import { registerParams, SEVERITY_VALUES, SOURCE_VALUES, STATUS_VALUES, SUBJECT_VALUES, useShortcomings, type RegisterFilter } from './api.ts'
import { CreateShortcomingModal } from './components/CreateShortcomingModal.tsx'
import { ShortcomingList } from './components/ShortcomingCard.tsx'
import { ShortcomingSummary } from './components/ShortcomingSummary.tsx'
import { canRaiseShortcomings, defaultShortcomingUnit, MY_SHORTCOMINGS_PATH, shortcomingPath } from './paths.ts'

/** A filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function Results({ filter }: { filter: RegisterFilter }) {
  const { t } = useTranslation()
  const list = useShortcomings(filter)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{t('shortcomings.register.empty')}</Text>
  return (
    <>
      <ShortcomingList items={items} label={t('shortcomings.register.listLabel')} />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  )
}

function pick<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((v) => v === raw) ?? null
}

export function ShortcomingsPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  usePageTitle(t('shortcomings.register.title'))
  const [params, setParams] = useSearchParams()
  const [recording, setRecording] = useState(false)
  const org = params.get('org') ?? defaultShortcomingUnit(me.grants)?.id ?? ''
  const filter: RegisterFilter = {
    org,
    status: pick(STATUS_VALUES, params.get('status')),
    source: pick(SOURCE_VALUES, params.get('source')),
    severity: pick(SEVERITY_VALUES, params.get('severity')),
    subject: pick(SUBJECT_VALUES, params.get('subject')),
    overdue: params.get('overdue') === 'true',
  }
  const chosen = useOrganization(org)

  function update(patch: Record<string, string | null>) {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(patch)) {
      if (value && value !== ALL) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }

  const select = (key: 'status' | 'source' | 'severity' | 'subject', values: readonly string[], all: string, label: (v: string) => string) => (
    <Select
      label={t(`shortcomings.register.${key}`)}
      data={[{ value: ALL, label: all }, ...values.map((v) => ({ value: v, label: label(v) }))]}
      value={filter[key] ?? ALL}
      onChange={(value) => update({ [key]: value })}
      allowDeselect={false}
      w={{ base: '100%', xs: 210 }}
    />
  )

  return (
    <>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('shortcomings.register.title')}</Title>
        <Group gap="sm">
          {me.person && (
            <Button component={Link} to={MY_SHORTCOMINGS_PATH} variant="default" leftSection={<IconUser size={20} aria-hidden />}>
              {t('shortcomings.register.mineLink')}
            </Button>
          )}
          {canRaiseShortcomings(me) && org && (
            <Button variant="outline" leftSection={<IconPencilPlus size={20} aria-hidden />} onClick={() => setRecording(true)}>
              {t('shortcomings.register.record')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('shortcomings.register.intro')}</Text>
      {!org ? (
        <Text>{t('shortcomings.register.noUnit')}</Text>
      ) : (
        <>
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker label={t('shortcomings.register.unit')} placeholder={t('shortcomings.register.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
          </Box>
          <ShortcomingSummary org={org} />
          <Stack gap="sm" component="section" aria-labelledby="shortcomings-results">
            <Group justify="space-between" align="center" wrap="wrap">
              <Title order={2} id="shortcomings-results">
                {t('shortcomings.register.results')}
              </Title>
              <ExportButton list="shortcomings" params={registerParams(filter)} />
            </Group>
            <Group gap="md" align="flex-end" wrap="wrap">
              {select('status', STATUS_VALUES, t('shortcomings.register.allStatuses'), (v) => t(`shortcomings.status.${v as 'open'}`))}
              {select('source', SOURCE_VALUES, t('shortcomings.register.allSources'), (v) => t(`shortcomings.source.${v as 'direct'}`))}
              {select('severity', SEVERITY_VALUES, t('shortcomings.register.allSeverities'), (v) => t(`shortcomings.severity.${v as 'low'}`))}
              {select('subject', SUBJECT_VALUES, t('shortcomings.register.allSubjects'), (v) => t(`shortcomings.subjectKind.${v as 'org'}`))}
              <Switch label={t('shortcomings.register.overdueOnly')} checked={filter.overdue} onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : null })} pb={8} />
            </Group>
            <Results filter={filter} />
          </Stack>
        </>
      )}
      {recording && <CreateShortcomingModal defaultOrg={org || null} onClose={() => setRecording(false)} onCreated={(detail) => void navigate(shortcomingPath(detail.id))} />}
    </>
  )
}
