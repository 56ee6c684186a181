// A case's public status, opened with its tracking code: the reference, the steps, topic, commune and deadlines, the
// public history, the published answer with the answering unit, then rating it or reopening it when allowed. An unknown
// code and a malformed one get the same answer. The code never goes into the title. A case merged into another shows
// that one's status, under a notice saying so.
import { Alert, Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate, formatDateTime } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { publicAttachmentUrl } from '../attachments.ts'
import { AttachmentList } from '../components/AttachmentList.tsx'
import { RatingForm } from '../components/RatingForm.tsx'
import { ReopenForm } from '../components/ReopenForm.tsx'
import { StatusSteps } from '../components/StatusSteps.tsx'
import { FEEDBACK_LOOKUP_PATH } from '../paths.ts'
import { usePublicFeedback, type PublicFeedback } from '../publicApi.ts'
import { LookupForm } from './FeedbackLookupPage.tsx'

function History({ items }: { items: PublicFeedback['history'] }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby="feedback-history-title">
      <Title order={2} id="feedback-history-title">
        {t('feedback.statusPage.history')}
      </Title>
      <Table verticalSpacing="xs" aria-labelledby="feedback-history-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('feedback.case.at')}</Table.Th>
            <Table.Th scope="col">{t('feedback.case.event')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e, i) => (
            <Table.Tr key={`${e.at}-${i}`}>
              <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>
                {t(`feedback.kind.${e.kind}`)}
                {e.unit && (
                  <Text component="span" size="sm" c="dimmed" display="block">
                    {e.unit}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

function Done({ message }: { message: string }) {
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
      <Text fw={500}>{message}</Text>
    </Alert>
  )
}

/** The sender's case was merged into another about the same thing: the page shows that one's progress. */
function MergedNotice({ reference }: { reference: string }) {
  const { t } = useTranslation()
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
      <Text fw={500}>{t('feedback.statusPage.merged', { reference })}</Text>
    </Alert>
  )
}

function CaseStatus({ code, item }: { code: string; item: PublicFeedback }) {
  const { t } = useTranslation()
  const [done, setDone] = useState<string | null>(null)
  return (
    <>
      {item.mergedInto && <MergedNotice reference={item.mergedInto} />}
      <Text size="lg">
        {t('feedback.statusPage.reference')}: <strong>{item.reference}</strong>
      </Text>
      <Paper withBorder p="md" radius="md">
        <StatusSteps status={item.status} />
      </Paper>
      <DefinitionList
        items={[
          [t('feedback.statusPage.category'), item.category],
          [t('feedback.statusPage.commune'), item.commune],
          [t('feedback.statusPage.receivedOn'), formatDate(item.receivedOn)],
          [t('feedback.receipt.acknowledgeDue'), formatDate(item.acknowledgeDue)],
          [t('feedback.receipt.handlingDue'), formatDate(item.handlingDue)],
          ...(item.rating !== null ? [[t('feedback.case.rating'), t('feedback.statusPage.yourRating', { n: item.rating })] as const] : []),
        ]}
      />
      <Stack gap="xs" component="section" aria-labelledby="feedback-content-title">
        <Title order={2} id="feedback-content-title">
          {t('feedback.statusPage.content')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.content}</Text>
      </Stack>
      <AttachmentList items={item.attachments} urlFor={(attachmentId) => publicAttachmentUrl(code, attachmentId)} />
      <Stack gap="xs" component="section" aria-labelledby="feedback-answer-title">
        <Title order={2} id="feedback-answer-title">
          {t('feedback.statusPage.answer')}
        </Title>
        {item.answer ? (
          <Paper withBorder p="md" radius="md">
            <Stack gap="xs">
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.answer.text}</Text>
              <Text size="sm" c="dimmed">
                {t('feedback.statusPage.answeredBy', { unit: item.answer.unit, date: formatDate(item.answer.at) })}
              </Text>
            </Stack>
          </Paper>
        ) : (
          <Text>{t('feedback.statusPage.noAnswer')}</Text>
        )}
      </Stack>
      {done && <Done message={done} />}
      {item.canRate && <RatingForm code={code} onDone={() => setDone(t('feedback.rating.done'))} />}
      {item.canReopen && <ReopenForm code={code} onDone={() => setDone(t('feedback.reopen.done'))} />}
      <History items={item.history} />
    </>
  )
}

export function FeedbackStatusPage() {
  const { t } = useTranslation()
  const { code = '' } = useParams()
  usePageTitle(t('feedback.statusPage.title'))
  const query = usePublicFeedback(code)

  return (
    <>
      <Anchor component={Link} to={FEEDBACK_LOOKUP_PATH}>
        {t('feedback.lookup.again')}
      </Anchor>
      <Title order={1}>{t('feedback.statusPage.title')}</Title>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data === null ? (
        <>
          <Alert color="red" variant="light" role="alert">
            <Text fw={500}>{t('feedback.lookup.notFound')}</Text>
          </Alert>
          <LookupForm />
        </>
      ) : (
        <CaseStatus code={code} item={query.data} />
      )}
    </>
  )
}
