// "Phản ánh tương tự": likely duplicates of a case (same commune, close text) the reader may see, most alike first.
// While the case is open and the reader handles it, each offers "Gộp vào …": after a confirmation this case closes and
// its sender follows the other one. The server decides (both units); its refusal shows in the dialog.
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowMerge } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useMergeMutation, useSimilarFeedback, type FeedbackCase, type SimilarCase } from '../api.ts'
import { feedbackCasePath } from '../paths.ts'
import { FeedbackStatusBadge } from './FeedbackBadges.tsx'

/** Merging is offered while the case is open and the reader's unit handles it. */
export function canMerge(item: FeedbackCase): boolean {
  const open = item.status !== 'answered' && item.status !== 'closed'
  return open && (item.abilities.acknowledge || item.abilities.answer)
}

function Row({ other, mergeable, onMerge }: { other: SimilarCase; mergeable: boolean; onMerge: () => void }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Anchor component={Link} to={feedbackCasePath(other.id)} fw={700} underline="hover">
            {other.reference}
          </Anchor>
          <Group gap="xs">
            <FeedbackStatusBadge status={other.status} />
            <Text component="span" fw={500}>
              {t('feedback.similar.likeness', { n: Math.round(other.similarity * 100) })}
            </Text>
          </Group>
        </Group>
        <Text style={{ overflowWrap: 'anywhere' }}>{other.excerpt}</Text>
        <Text size="sm" c="dimmed">
          {t('feedback.inbox.receivedOn', { date: formatDate(other.receivedOn) })}
        </Text>
        {mergeable && (
          <Button variant="outline" leftSection={<IconArrowMerge size={20} aria-hidden />} onClick={onMerge} style={{ alignSelf: 'flex-start' }}>
            {t('feedback.similar.merge', { reference: other.reference })}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}

function MergeConfirm({ item, into, onClose }: { item: FeedbackCase; into: SimilarCase; onClose: () => void }) {
  const { t } = useTranslation()
  const merge = useMergeMutation(item.id)
  return (
    <ConfirmModal
      title={t('feedback.similar.mergeTitle')}
      message={t('feedback.similar.mergeMessage', { current: item.reference, reference: into.reference })}
      confirmLabel={t('feedback.similar.mergeConfirm')}
      danger={false}
      loading={merge.isPending}
      error={merge.error}
      onClose={onClose}
      onConfirm={() =>
        merge.mutate(into.id, {
          onSuccess: () => {
            notifySuccess(t('feedback.similar.merged', { current: item.reference, reference: into.reference }))
            onClose()
          },
        })
      }
    />
  )
}

function SimilarList({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  const query = useSimilarFeedback(item.id)
  const [into, setInto] = useState<SimilarCase | null>(null)
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (query.data.items.length === 0) return <Text>{t('feedback.similar.empty')}</Text>
  const mergeable = canMerge(item)
  return (
    <>
      <Box component="ul" aria-label={t('feedback.similar.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {query.data.items.map((other) => (
          <Row key={other.id} other={other} mergeable={mergeable} onMerge={() => setInto(other)} />
        ))}
      </Box>
      {into && <MergeConfirm item={item} into={into} onClose={() => setInto(null)} />}
    </>
  )
}

export function SimilarCases({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby="feedback-case-similar">
      <Title order={2} id="feedback-case-similar">
        {t('feedback.similar.title')}
      </Title>
      <SimilarList item={item} />
    </Stack>
  )
}
