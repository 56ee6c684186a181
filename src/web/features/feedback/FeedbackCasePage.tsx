// One case for the handling units: its content, channel and contact (only the handling unit sees it), deadlines, the
// history, the published answer, the steps the server allows (acknowledge, draft the answer, approve it), and the
// likely duplicates with merging into one of them.
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/client.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate, formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useFeedbackCase, type FeedbackCase } from './api.ts'
import { caseAttachmentUrl } from './attachments.ts'
import { AttachmentList } from './components/AttachmentList.tsx'
import { CaseActions } from './components/CaseActions.tsx'
import { FeedbackStatusBadge, OverdueBadge } from './components/FeedbackBadges.tsx'
import { SimilarCases } from './components/SimilarCases.tsx'
import { FEEDBACK_INBOX_PATH } from './paths.ts'
import { FeedbackShortcomings } from '../shortcomings/components/FeedbackShortcomings.tsx'

function Contact({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  if (item.anonymous) return <>{t('feedback.case.anonymous')}</>
  if (!item.contact) return <>{t('feedback.case.contactHidden')}</>
  const parts = [item.contact.name, item.contact.phone, item.contact.email].filter(Boolean)
  return <>{parts.length ? parts.join(' · ') : t('feedback.case.contactNone')}</>
}

/** Event kinds the catalogue names (a merge with the other case's reference); any other (a newer server) shows as sent. */
function useKindLabel() {
  const { t, i18n } = useTranslation()
  return (kind: string, note: string | null) => {
    if (kind === 'merged' && note) return t('feedback.case.mergedInto', { note })
    if (kind === 'merged_from' && note) return t('feedback.case.mergedFrom', { note })
    if (kind === 'escalated' && (note === 'acknowledge' || note === 'handling')) return t(`feedback.case.escalated.${note}`)
    return i18n.exists(`feedback.kind.${kind}`) ? t(`feedback.kind.${kind}` as 'feedback.kind.received') : kind
  }
}

function History({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  const kindLabel = useKindLabel()
  const label = t('feedback.case.historyTable')
  return (
    <Stack gap="xs" component="section" aria-labelledby="feedback-case-history">
      <Title order={2} id="feedback-case-history">
        {t('feedback.case.history')}
      </Title>
      <Table.ScrollContainer type="native" minWidth={720} tabIndex={0} role="region" aria-label={t('feedback.case.tableRegion', { name: label })}>
        <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('feedback.case.at')}</Table.Th>
              <Table.Th scope="col">{t('feedback.case.event')}</Table.Th>
              <Table.Th scope="col">{t('feedback.case.from')}</Table.Th>
              <Table.Th scope="col">{t('feedback.case.to')}</Table.Th>
              <Table.Th scope="col">{t('feedback.case.note')}</Table.Th>
              <Table.Th scope="col">{t('feedback.case.visibility')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.history.map((e, i) => (
              <Table.Tr key={`${e.at}-${i}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{kindLabel(e.kind, e.note)}</Table.Td>
                <Table.Td>{e.from ?? t('common.none')}</Table.Td>
                <Table.Td>{e.to ?? t('common.none')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.kind === 'escalated' ? t('common.none') : e.note ?? t('common.none')}</Table.Td>
                <Table.Td>{e.public ? t('common.yes') : t('common.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

function CaseView({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  return (
    <>
      <Group gap="xs">
        <FeedbackStatusBadge status={item.status} />
        {item.overdue && <OverdueBadge />}
      </Group>
      <Stack gap="xs" component="section" aria-labelledby="feedback-case-details">
        <Title order={2} id="feedback-case-details">
          {t('feedback.case.details')}
        </Title>
        <DefinitionList
          items={[
            [t('feedback.case.category'), item.category],
            [t('feedback.case.commune'), item.commune.name],
            [t('feedback.case.handler'), item.handler.name],
            [t('feedback.case.channel'), t(`feedback.channel.${item.channel}`)],
            [t('feedback.case.contact'), <Contact key="contact" item={item} />],
            [t('feedback.case.receivedOn'), formatDate(item.receivedOn)],
            [t('feedback.case.acknowledgeDue'), formatDate(item.acknowledgeDue)],
            [t('feedback.case.handlingDue'), formatDate(item.handlingDue)],
            [t('feedback.case.rating'), item.rating !== null ? t('feedback.case.ratingValue', { n: item.rating }) : t('feedback.case.notRated')],
          ]}
        />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="feedback-case-content">
        <Title order={2} id="feedback-case-content">
          {t('feedback.case.content')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.content}</Text>
      </Stack>
      <AttachmentList items={item.attachments} urlFor={(attachmentId) => caseAttachmentUrl(item.id, attachmentId)} />
      {item.publishedAnswer && (
        <Stack gap="xs" component="section" aria-labelledby="feedback-case-answer">
          <Title order={2} id="feedback-case-answer">
            {t('feedback.case.published')}
          </Title>
          <Paper withBorder p="md" radius="md">
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.publishedAnswer}</Text>
          </Paper>
        </Stack>
      )}
      <CaseActions item={item} />
      <SimilarCases item={item} />
      <FeedbackShortcomings item={item} />
      <History item={item} />
    </>
  )
}

export function FeedbackCasePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useFeedbackCase(id)
  usePageTitle(query.data ? t('feedback.case.title', { reference: query.data.reference }) : t('feedback.inbox.title'))
  const back = <BackLink to={FEEDBACK_INBOX_PATH}>{t('feedback.case.back')}</BackLink>

  if (query.isPending) return <Loading />
  if (query.error) {
    const lasting = isApiError(query.error) && (query.error.status === 403 || query.error.status === 404 || query.error.status === 422)
    return (
      <>
        {back}
        <Title order={1}>{t('feedback.inbox.title')}</Title>
        <ErrorState error={query.error} onRetry={lasting ? undefined : () => void query.refetch()} />
      </>
    )
  }
  return (
    <>
      {back}
      <Title order={1}>{t('feedback.case.title', { reference: query.data.reference })}</Title>
      <CaseView item={query.data} />
    </>
  )
}
