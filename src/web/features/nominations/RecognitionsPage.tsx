// "Ghi nhận theo kết quả xếp loại": over a unit's subtree (default: my highest unit) for a year (default: last year,
// the latest whose ratings are decided), the party organizations rated excellent ("trong sạch, vững mạnh tiêu biểu")
// and the members rated excellent, with the years running and "5 năm liền" flagged; the same as Excel.
import { Box, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { LoadMore } from '../../components/LoadMore.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { useRecognitions } from './api.ts'
import { FiveYearsBadge } from './components/NominationBadges.tsx'
import { AreaNav } from '../models/components/AreaNav.tsx'
import { defaultNominationUnit, recognitionsXlsxUrl, yearChoices, yearParam } from './paths.ts'

function RecognitionTable({ label, nameTitle, unitTitle, rows }: { label: string; nameTitle: string; unitTitle?: string; rows: { id: string; name: string; unit?: string; streak: number; fiveYears: boolean }[] }) {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer type="native" minWidth={520} tabIndex={0} role="region" aria-label={t('nominations.reviews.tableRegion', { name: label })}>
      <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameTitle}</Table.Th>
            {unitTitle && <Table.Th scope="col">{unitTitle}</Table.Th>}
            <Table.Th scope="col">{t('nominations.recognitions.streak')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.name}</Table.Td>
              {unitTitle && <Table.Td>{r.unit}</Table.Td>}
              <Table.Td>
                <Group gap="xs">
                  <span>{t('nominations.recognitions.years', { n: r.streak })}</span>
                  {r.fiveYears && <FiveYearsBadge />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>{title}</Title>
      {children}
    </Stack>
  )
}

function Results({ org, year }: { org: string; year: number }) {
  const { t } = useTranslation()
  const query = useRecognitions(org, year)
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const organizations = query.data.pages[0]?.organizations ?? []
  const members = query.data.pages.flatMap((p) => p.members)
  return (
    <>
      <Section id="recognitions-orgs" title={t('nominations.recognitions.organizations')}>
        {organizations.length === 0 ? <Text>{t('nominations.recognitions.noOrgs', { year })}</Text> : (
          <RecognitionTable label={t('nominations.recognitions.organizations')} nameTitle={t('nominations.recognitions.orgName')} rows={organizations} />
        )}
      </Section>
      <Section id="recognitions-members" title={t('nominations.recognitions.members')}>
        {members.length === 0 ? <Text>{t('nominations.recognitions.noMembers', { year })}</Text> : (
          <>
            <RecognitionTable
              label={t('nominations.recognitions.members')}
              nameTitle={t('nominations.recognitions.name')}
              unitTitle={t('nominations.recognitions.unitCol')}
              rows={members.map((m) => ({ id: m.personId, name: m.fullName, unit: m.unit.name, streak: m.streak, fiveYears: m.fiveYears }))}
            />
            <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
          </>
        )}
      </Section>
    </>
  )
}

export function RecognitionsPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('nominations.recognitions.title'))
  const [params, update] = useFilterParams()
  const thisYear = new Date().getFullYear()
  const org = params.get('org') ?? defaultNominationUnit(me.grants)?.id ?? ''
  const year = yearParam(params.get('year')) ?? thisYear - 1
  const chosen = useOrganization(org)

  return (
    <>
      <AreaNav />
      <Title order={1}>{t('nominations.recognitions.title')}</Title>
      <Text>{t('nominations.recognitions.intro')}</Text>
      {!org ? (
        <Text>{t('nominations.recognitions.noUnit')}</Text>
      ) : (
        <>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Box w={{ base: '100%', sm: 360 }}>
              <OrgPicker label={t('nominations.recognitions.unit')} placeholder={t('nominations.recognitions.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
            </Box>
            <Select
              label={t('nominations.recognitions.year')}
              data={yearChoices(thisYear, year).map(String)}
              value={String(year)}
              onChange={(value) => value && update({ year: value })}
              allowDeselect={false}
              w={{ base: '100%', xs: 160 }}
            />
            <Button component="a" href={recognitionsXlsxUrl(org, year)} download variant="default" leftSection={<IconFileSpreadsheet size={20} aria-hidden />} aria-label={t('nominations.recognitions.downloadLabel', { year })}>
              {t('nominations.recognitions.download')}
            </Button>
          </Group>
          <Results org={org} year={year} />
        </>
      )}
    </>
  )
}
