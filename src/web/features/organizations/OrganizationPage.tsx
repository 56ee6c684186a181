import { Tabs, Title } from '@mantine/core'
import { IconAward, IconClipboardCheck, IconHistory, IconSitemap, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { UnitCommitmentsTab } from '../commitments/components/UnitCommitmentsTab.tsx'
import { useCommitmentsTab } from '../commitments/components/useCommitmentsTab.ts'
import { DashboardLink } from '../dashboard/components/DashboardLink.tsx'
import { EvaluationsTab } from '../evaluations/components/EvaluationsTab.tsx'
import { ExportButton } from '../exports/components/ExportButton.tsx'
import { useEvaluationsTab } from '../evaluations/useEvaluationsTab.ts'
import { useOrganization } from './api.ts'
import { OrgActions } from './components/OrgActions.tsx'
import { OrgChildrenTab } from './components/OrgChildrenTab.tsx'
import { OrgHeader } from './components/OrgHeader.tsx'
import { OrgHistoryTab } from './components/OrgHistoryTab.tsx'
import { OrgPeopleTab } from './components/OrgPeopleTab.tsx'

const TABS = ['don-vi', 'nguoi', 'cam-ket', 'xep-loai', 'lich-su'] as const
type Tab = (typeof TABS)[number]

export function OrganizationPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const requested: Tab = TABS.find((v) => v === params.get('tab')) ?? 'don-vi'
  const query = useOrganization(id)
  // The unit's commitments: a tab only for those the server lets read the roster.
  const commitments = useCommitmentsTab(id, requested === 'cam-ket')
  // The year-end ratings: a tab only for those the server lets read the unit's evaluations.
  const evaluations = useEvaluationsTab(id, requested === 'xep-loai')
  const hidden = (requested === 'cam-ket' && !commitments.show) || (requested === 'xep-loai' && !evaluations.show)
  const tab: Tab = hidden ? 'don-vi' : requested
  usePageTitle(query.data?.name ?? t('org.treeTitle'))

  if (query.isPending) return <Loading />
  if (query.error) {
    return (
      <>
        <Title order={1}>{t('org.treeTitle')}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  }
  const org = query.data

  return (
    <>
      <OrgHeader org={org} />
      {/* The dashboard reads what the roster does: shown once the server has let this account read the roster. */}
      {commitments.query.data && <DashboardLink orgId={org.id} />}
      <OrgActions org={org} />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'don-vi' ? { tab: value } : {}, { replace: true })}
        variant="outline"
      >
        <Tabs.List aria-label={t('org.tabs')}>
          <Tabs.Tab value="don-vi" leftSection={<IconSitemap size={20} aria-hidden />}>
            {t('org.tabChildren')}
          </Tabs.Tab>
          <Tabs.Tab value="nguoi" leftSection={<IconUsers size={20} aria-hidden />}>
            {t('org.tabPeople')}
          </Tabs.Tab>
          {commitments.show && (
            <Tabs.Tab value="cam-ket" leftSection={<IconClipboardCheck size={20} aria-hidden />}>
              {t('commitments.tab')}
            </Tabs.Tab>
          )}
          {evaluations.show && (
            <Tabs.Tab value="xep-loai" leftSection={<IconAward size={20} aria-hidden />}>
              {t('evaluations.tab')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="lich-su" leftSection={<IconHistory size={20} aria-hidden />}>
            {t('org.tabHistory')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="don-vi" pt="md">
          <OrgChildrenTab org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="nguoi" pt="md">
          <OrgPeopleTab org={org} />
        </Tabs.Panel>
        {commitments.show && (
          <Tabs.Panel value="cam-ket" pt="md">
            <UnitCommitmentsTab
              year={commitments.year}
              query={commitments.query}
              download={commitments.cycleId && <ExportButton list="commitments" params={{ org: org.id, cycle: commitments.cycleId }} />}
            />
          </Tabs.Panel>
        )}
        {evaluations.show && evaluations.cycle && (
          <Tabs.Panel value="xep-loai" pt="md">
            <EvaluationsTab orgId={org.id} cycle={evaluations.cycle} query={evaluations.query} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="lich-su" pt="md">
          <OrgHistoryTab org={org} />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
