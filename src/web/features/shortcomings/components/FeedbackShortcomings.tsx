// On a feedback case's page: the shortcomings recorded from the case (of the handling unit or one of its cadres), and
// "Ghi nhận hạn chế, khuyết điểm" for those who record them. Shown only to the roles that read the register.
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPencilPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../api/client.ts'
import { useMe } from '../../../api/session.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { useShortcomings } from '../api.ts'
import { canRaiseShortcomings, canUseShortcomings } from '../paths.ts'
import { CreateShortcomingModal } from './CreateShortcomingModal.tsx'
import { ShortcomingList } from './ShortcomingCard.tsx'

export function FeedbackShortcomings({ item }: { item: { id: string; reference: string; handler: { id: string } } }) {
  const { t } = useTranslation()
  const me = useMe()
  const readable = canUseShortcomings(me)
  const [recording, setRecording] = useState(false)
  const list = useShortcomings({ org: item.handler.id, status: null, source: 'feedback', severity: null, subject: null, overdue: false, sourceId: item.id }, readable)
  // A reader of the case whose grants do not reach the handling unit's register sees nothing of it here.
  if (!readable || (list.error && isApiError(list.error) && list.error.status === 403)) return null
  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  return (
    <Stack gap="xs" component="section" aria-labelledby="feedback-shortcomings-title">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2} id="feedback-shortcomings-title">
          {t('shortcomings.feedbackCase.title')}
        </Title>
        {canRaiseShortcomings(me) && (
          <Button variant="outline" leftSection={<IconPencilPlus size={20} aria-hidden />} onClick={() => setRecording(true)}>
            {t('shortcomings.feedbackCase.record')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('shortcomings.feedbackCase.none')}</Text>
      ) : (
        <ShortcomingList items={items} label={t('shortcomings.feedbackCase.listLabel')} />
      )}
      {recording && <CreateShortcomingModal defaultOrg={item.handler.id} source={{ caseId: item.id, reference: item.reference }} onClose={() => setRecording(false)} />}
    </Stack>
  )
}
