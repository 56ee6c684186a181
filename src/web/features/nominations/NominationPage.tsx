// One nomination: the model in short (with a link to its page), who nominated it and why, the level holding it, the
// decision that commended it; the caller's conflict of interest if any; the steps its `abilities` allow; the rubric
// form for reviewers of the level holding it; the reviews per level the caller may see; and the history as a timeline.
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/client.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useNomination, type NominationDetail } from './api.ts'
import { HistoryTimeline } from './components/HistoryTimeline.tsx'
import { StatusBadge } from './components/NominationBadges.tsx'
import { ReviewForm } from './components/ReviewForm.tsx'
import { ReviewsSection } from './components/ReviewsSection.tsx'
import { StepActions } from './components/StepActions.tsx'
import { COMMENDATIONS_PATH, modelPagePath, NOMINATIONS_PATH } from './paths.ts'

function Summary({ n }: { n: NominationDetail }) {
  const { t } = useTranslation()
  const proposer = n.proposerName ? `${t(`nominations.proposer.${n.proposer}`)}: ${n.proposerName}` : t(`nominations.proposer.${n.proposer}`)
  const items: [string, ReactNode][] = [
    [t('nominations.page.model'), <Anchor key="model" component={Link} to={modelPagePath(n.model.id)}>{n.model.title}</Anchor>],
    [t('nominations.page.kind'), t(`nominations.kind.${n.model.kind}`)],
    [t('nominations.page.area'), t(`nominations.area.${n.model.area}`)],
    ...(n.model.personName ? [[t('nominations.page.person'), n.model.personName] as [string, ReactNode]] : []),
    [t('nominations.page.modelUnit'), n.model.unit.name],
    [t('nominations.page.nominatedBy'), n.nominatedBy.name],
    [t('nominations.page.proposer'), proposer],
    [t('nominations.page.at'), n.at.name],
    [t('nominations.page.year'), String(n.year)],
  ]
  if (n.commendation) {
    items.push([t('nominations.page.commendation'), (
      <Anchor key="decision" component={Link} to={`${COMMENDATIONS_PATH}?org=${n.commendation.organizationId}&year=${n.year}`}>
        {t('nominations.page.commendationNumber', { number: n.commendation.number, form: t(`nominations.form.${n.commendation.form}`) })}
      </Anchor>
    )])
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="nomination-summary-title">
      <Title order={2} id="nomination-summary-title">
        {t('nominations.page.summary')}
      </Title>
      <DefinitionList items={items} />
      <Title order={3} size="h4">{t('nominations.page.reason')}</Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{n.reason}</Text>
      <Title order={3} size="h4">{t('nominations.page.modelSummary')}</Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{n.model.summary}</Text>
    </Stack>
  )
}

export function NominationPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useNomination(id)
  const title = query.data ? `${t('nominations.page.title')}: ${query.data.model.title}` : t('nominations.page.title')
  usePageTitle(title)
  const back = <BackLink to={NOMINATIONS_PATH}>{t('nominations.page.back')}</BackLink>

  if (query.isPending) return <Loading />
  if (query.error) {
    const lasting = isApiError(query.error) && [403, 404, 422].includes(query.error.status)
    return (
      <>
        {back}
        <Title order={1}>{t('nominations.page.title')}</Title>
        <ErrorState error={query.error} onRetry={lasting ? undefined : () => void query.refetch()} />
      </>
    )
  }
  const n = query.data
  return (
    <>
      {back}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>{title}</Title>
      <Group gap="xs">
        <StatusBadge status={n.status} />
      </Group>
      {n.statusNote && (n.status === 'returned' || n.status === 'declined') && (
        <Alert color={n.status === 'declined' ? 'red' : 'grape'} variant="outline">
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {t(n.status === 'returned' ? 'nominations.page.returnedNote' : 'nominations.page.declinedNote', { note: n.statusNote })}
          </Text>
        </Alert>
      )}
      {n.conflict && (
        <Alert color="red" variant="outline">
          <Text>{t(n.conflict === 'person' ? 'nominations.page.conflictPerson' : 'nominations.page.conflictDeclared')}</Text>
        </Alert>
      )}
      <Summary n={n} />
      <StepActions nomination={n} />
      {n.abilities.review && <ReviewForm key={n.at.id} nomination={n} />}
      {n.averageAtLevel !== null && <Text fw={700}>{t('nominations.reviews.averageAtLevel', { average: n.averageAtLevel })}</Text>}
      <ReviewsSection nomination={n} />
      <HistoryTimeline nomination={n} />
    </>
  )
}
