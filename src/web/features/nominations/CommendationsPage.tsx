// "Quyết định khen thưởng": the decisions issued over a unit's subtree (default: my highest unit), for a year or all,
// newest first, each downloadable as Word; "Ra quyết định khen thưởng" at a level I hold (opened with a nomination
// chosen when a nomination's page sends here). Unit and year live in the address.
import { Box, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconAward } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { useCommendations } from './api.ts'
import { CommendationCard } from './components/CommendationCard.tsx'
import { IssueCommendationModal } from './components/IssueCommendationModal.tsx'
import { AreaNav } from '../models/components/AreaNav.tsx'
import { defaultNominationUnit, issuingUnits, yearChoices, yearParam } from './paths.ts'

const ALL = 'all'

function Decisions({ org, year }: { org: string; year: number | null }) {
  const { t } = useTranslation()
  const list = useCommendations(org, year)
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  if (list.data.items.length === 0) return <Text>{t('nominations.commendations.empty')}</Text>
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('nominations.commendations.listLabel')}>
      {list.data.items.map((item) => (
        <CommendationCard key={item.id} item={item} />
      ))}
    </Stack>
  )
}

export function CommendationsPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('nominations.commendations.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') ?? defaultNominationUnit(me.grants)?.id ?? ''
  const year = yearParam(params.get('year'))
  const chosen = useOrganization(org)
  const issuing = params.get('issue')
  const [issuingOpen, setIssuingOpen] = useState(Boolean(issuing))
  const canIssue = issuingUnits(me.grants).length > 0
  const thisYear = new Date().getFullYear()

  function closeIssue() {
    setIssuingOpen(false)
    if (issuing) update({ issue: null, nomination: null })
  }

  return (
    <>
      <AreaNav />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('nominations.commendations.title')}</Title>
        {canIssue && (
          <Button color="teal" leftSection={<IconAward size={20} aria-hidden />} onClick={() => setIssuingOpen(true)}>
            {t('nominations.commendations.issue')}
          </Button>
        )}
      </Group>
      <Text>{t('nominations.commendations.intro')}</Text>
      {!org ? (
        <Text>{t('nominations.commendations.noUnit')}</Text>
      ) : (
        <>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Box w={{ base: '100%', sm: 360 }}>
              <OrgPicker label={t('nominations.commendations.unit')} placeholder={t('nominations.commendations.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
            </Box>
            <Select
              label={t('nominations.commendations.year')}
              data={[{ value: ALL, label: t('nominations.commendations.allYears') }, ...yearChoices(thisYear, year).map((y) => ({ value: String(y), label: String(y) }))]}
              value={year ? String(year) : ALL}
              onChange={(value) => update({ year: value === ALL ? null : value })}
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
            />
          </Group>
          <Decisions org={org} year={year} />
        </>
      )}
      {issuingOpen && canIssue && (
        <IssueCommendationModal defaultLevel={issuing} defaultYear={year ?? thisYear} defaultNomination={params.get('nomination')} onClose={closeIssue} />
      )}
    </>
  )
}
