// One session: its details (unit, kind, date and time, place, chair; once held the attendance and the minutes'
// summary, once cancelled the reason), the steps its `abilities` allow, the questions raised and the promises made.
import { Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/client.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate, formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useDialogue, type DialogueSession } from './api.ts'
import { KindBadge, SessionStatusBadge } from './components/DialogueBadges.tsx'
import { PromisesSection } from './components/PromisesSection.tsx'
import { QuestionsSection } from './components/QuestionsSection.tsx'
import { SessionActions } from './components/SessionActions.tsx'
import { DIALOGUES_PATH } from './paths.ts'

function Details({ session }: { session: DialogueSession }) {
  const { t } = useTranslation()
  const s = session
  const items: [string, string][] = [
    [t('dialogues.session.unit'), s.organization.name],
    [t('dialogues.session.kind'), t(`dialogues.kind.${s.kind}`)],
    [t('dialogues.session.date'), s.startsAt ? t('dialogues.list.dateTime', { date: formatDate(s.heldOn), time: s.startsAt }) : formatDate(s.heldOn)],
    [t('dialogues.session.place'), s.place],
    [t('dialogues.session.chair'), s.chair],
  ]
  if (s.status === 'held' && s.attendance !== null) items.push([t('dialogues.session.attendance'), formatNumber(s.attendance)])
  return (
    <Stack gap="xs" component="section" aria-labelledby="dialogue-details-title">
      <Title order={2} id="dialogue-details-title">
        {t('dialogues.session.details')}
      </Title>
      <DefinitionList items={items} />
      {s.summary && (
        <>
          <Title order={3} size="h4">{s.status === 'cancelled' ? t('dialogues.session.reason') : t('dialogues.session.summary')}</Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.summary}</Text>
        </>
      )}
    </Stack>
  )
}

export function DialoguePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useDialogue(id)
  usePageTitle(query.data?.title ?? t('dialogues.list.title'))
  const back = <BackLink to={DIALOGUES_PATH}>{t('dialogues.session.back')}</BackLink>

  if (query.isPending) return <Loading />
  if (query.error) {
    const lasting = isApiError(query.error) && [403, 404, 422].includes(query.error.status)
    return (
      <>
        {back}
        <Title order={1}>{t('dialogues.list.title')}</Title>
        <ErrorState error={query.error} onRetry={lasting ? undefined : () => void query.refetch()} />
      </>
    )
  }
  const session = query.data
  return (
    <>
      {back}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>{session.title}</Title>
      <Group gap="xs">
        <KindBadge kind={session.kind} />
        <SessionStatusBadge status={session.status} />
      </Group>
      <Details session={session} />
      <SessionActions session={session} />
      <QuestionsSection session={session} />
      <PromisesSection session={session} />
    </>
  )
}
