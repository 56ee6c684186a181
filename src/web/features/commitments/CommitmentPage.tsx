// One commitment by its id: how the cell (secretary, office, leaders, inspectors) reads it and approves or returns it.
import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCommitment } from './api.ts'
import { CommitmentView, CycleTheme } from './components/CommitmentView.tsx'
import { BackLink } from '../../components/BackLink.tsx'
import { CommitmentPlanLinks } from '../plans/components/CommitmentPlanLinks.tsx'

export function CommitmentPage() {
  const { t } = useTranslation()
  const me = useMe()
  const { id = '' } = useParams()
  const query = useCommitment(id)
  const commitment = query.data
  const own = Boolean(commitment && me.person?.id === commitment.person.id)
  usePageTitle(commitment ? (own ? t('commitments.title') : t('commitments.reviewTitle', { name: commitment.person.fullName })) : t('commitments.pageTitle'))

  if (query.isPending) return <Loading />
  if (query.error) {
    return (
      <>
        <Title order={1}>{t('commitments.pageTitle')}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  }
  const c = query.data
  const back = own
    ? { to: '/cam-ket', label: t('commitments.title') }
    : { to: `/to-chuc/${c.organization.id}?tab=cam-ket`, label: t('commitments.backToUnit', { unit: c.organization.name }) }

  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      <Title order={1}>{own ? t('commitments.title') : t('commitments.reviewTitle', { name: c.person.fullName })}</Title>
      <CycleTheme year={c.cycle.year} theme={c.cycle.themeTitle} />
      <CommitmentView commitment={c} />
      <CommitmentPlanLinks commitmentId={c.id} />
    </>
  )
}
