// One shortcoming: its subject, what it is, who named it, source (a feedback case links back), severity, cause and due
// date; the remedial actions with their progress; the closure steps its `abilities` allow; and the timeline of every
// step with the evidence files. A member reads their own here too.
import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { todayIso } from '../../../common/dates.ts'
import { isApiError } from '../../api/client.ts'
import { useMe } from '../../api/session.tsx'
import { BackLink } from '../../components/BackLink.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { feedbackCasePath } from '../feedback/paths.ts'
import { useShortcoming, type ShortcomingDetail } from './api.ts'
import { ActionsSection } from './components/ActionsSection.tsx'
import { ClosureSection } from './components/ClosureSection.tsx'
import { OverdueBadge, SeverityBadge, SourceBadge, StatusBadge } from './components/ShortcomingBadges.tsx'
import { Timeline } from './components/Timeline.tsx'
import { canUseShortcomings, MY_SHORTCOMINGS_PATH, SHORTCOMINGS_PATH } from './paths.ts'

function Details({ s }: { s: ShortcomingDetail }) {
  const { t } = useTranslation()
  const items: [string, ReactNode][] = [
    [t('shortcomings.page.subject'), `${t(`shortcomings.subjectKind.${s.subjectKind}`)}: ${s.subject.name}`],
    ...(s.subjectUnit ? [[t('shortcomings.page.subjectUnit'), s.subjectUnit.name] as [string, ReactNode]] : []),
    [t('shortcomings.page.raisedBy'), s.raisedBy.name],
    [t('shortcomings.page.year'), String(s.cycleYear)],
    [t('shortcomings.page.source'), s.feedbackCase
      ? <Anchor key="case" component={Link} to={feedbackCasePath(s.feedbackCase.id)}>{t('shortcomings.page.feedbackCase', { reference: s.feedbackCase.reference })}</Anchor>
      : t(`shortcomings.source.${s.source}`)],
    [t('shortcomings.page.severity'), t(`shortcomings.severity.${s.severity}`)],
    [t('shortcomings.page.dueOn'), s.dueOn ? formatDate(s.dueOn) : t('shortcomings.page.noDue')],
    [t('shortcomings.page.createdAt'), formatDate(todayIso(new Date(s.createdAt)))],
  ]
  if (s.fixedAt) items.push([t('shortcomings.page.fixedAt'), formatDate(todayIso(new Date(s.fixedAt)))])
  if (s.reopenedCount > 0) items.push([t('shortcomings.page.reopened'), String(s.reopenedCount)])
  return (
    <Stack gap="xs" component="section" aria-labelledby="shortcoming-details-title">
      <Title order={2} id="shortcoming-details-title">
        {t('shortcomings.page.details')}
      </Title>
      <Title order={3} size="h4">{t('shortcomings.page.description')}</Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.description}</Text>
      {s.cause && (
        <>
          <Title order={3} size="h4">{t('shortcomings.page.cause')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.cause}</Text>
        </>
      )}
      <DefinitionList items={items} />
      {s.carriedToPlanItemId && <Text size="sm">{t('shortcomings.page.carried')}</Text>}
    </Stack>
  )
}

export function ShortcomingPage() {
  const { t } = useTranslation()
  const me = useMe()
  const { id = '' } = useParams()
  const query = useShortcoming(id)
  const title = query.data ? `${t('shortcomings.page.title')}: ${query.data.subject.name}` : t('shortcomings.page.title')
  usePageTitle(title)
  const back = canUseShortcomings(me)
    ? <BackLink to={query.data ? `${SHORTCOMINGS_PATH}?org=${query.data.raisedBy.id}` : SHORTCOMINGS_PATH}>{t('shortcomings.page.back')}</BackLink>
    : <BackLink to={MY_SHORTCOMINGS_PATH}>{t('shortcomings.mine.title')}</BackLink>

  if (query.isPending) return <Loading />
  if (query.error) {
    const lasting = isApiError(query.error) && [403, 404, 422].includes(query.error.status)
    return (
      <>
        {back}
        <Title order={1}>{t('shortcomings.page.title')}</Title>
        <ErrorState error={query.error} onRetry={lasting ? undefined : () => void query.refetch()} />
      </>
    )
  }
  const s = query.data
  return (
    <>
      {back}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>{title}</Title>
      <Group gap="xs">
        <StatusBadge status={s.status} />
        {s.overdue && <OverdueBadge />}
        <SeverityBadge severity={s.severity} />
        <SourceBadge source={s.source} />
      </Group>
      <Details s={s} />
      <ActionsSection shortcoming={s} />
      <ClosureSection shortcoming={s} />
      <Timeline shortcoming={s} />
    </>
  )
}
