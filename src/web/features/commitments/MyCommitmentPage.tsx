// "Cam kết của tôi": the current cycle's year and theme, then my commitment — or, before I have one, what it is and
// one big button to open it. Phones first: most members read and write it there.
import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFilePlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/client.ts'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { FormError } from '../../components/FormError.tsx'
import { Loading } from '../../components/Loading.tsx'
import { notifySuccess } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import type { Cycle } from '../../../common/contracts/cycles.ts'
import { useCurrentCycle } from '../cycles/api.ts'
import { PublishExemplaryButton } from '../exemplary/components/PublishExemplaryButton.tsx'
import { useCreateMyCommitmentMutation, useMyCommitment } from './api.ts'
import { CommitmentView, CycleTheme } from './components/CommitmentView.tsx'
import { CommitmentPlanLinks } from '../plans/components/CommitmentPlanLinks.tsx'

function NotYet({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation()
  const create = useCreateMyCommitmentMutation()
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Text fw={700} size="lg">
          {t('commitments.noneYet', { year: cycle.year })}
        </Text>
        <Text>{t('commitments.noneYetHint')}</Text>
        <FormError error={create.error} />
        <Button
          size="lg"
          fullWidth
          h="auto"
          mih={56}
          py="sm"
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
          leftSection={<IconFilePlus size={26} aria-hidden />}
          loading={create.isPending}
          onClick={() => create.mutate(cycle.id, { onSuccess: () => notifySuccess(t('commitments.createdDone', { year: cycle.year })) })}
          style={{ maxWidth: '32rem' }}
        >
          {t('commitments.create', { year: cycle.year })}
        </Button>
      </Stack>
    </Paper>
  )
}

function Mine({ cycle }: { cycle: Cycle }) {
  const mine = useMyCommitment(cycle.id)
  if (mine.isPending) return <Loading />
  if (mine.error) {
    // 403: this account is not linked to a person (the server says so in its message).
    if (isApiError(mine.error) && mine.error.status === 403) return <Text>{mine.error.message}</Text>
    return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
  }
  if (!mine.data) return <NotYet cycle={cycle} />
  return (
    <>
      <PublishExemplaryButton commitmentId={mine.data.id} subjectGroup={mine.data.subjectGroup} status={mine.data.status} />
      <CommitmentView commitment={mine.data} />
      <CommitmentPlanLinks commitmentId={mine.data.id} />
    </>
  )
}

export function MyCommitmentPage() {
  const { t } = useTranslation()
  const me = useMe()
  const cycle = useCurrentCycle()
  usePageTitle(t('commitments.title'))

  let body
  if (!me.person) body = <Text>{t('commitments.noPerson')}</Text>
  else if (cycle.isPending) body = <Loading />
  else if (cycle.error) body = <ErrorState error={cycle.error} onRetry={() => void cycle.refetch()} />
  else if (!cycle.data) body = <Text>{t('commitments.noCycle')}</Text>
  else body = (
    <>
      <CycleTheme year={cycle.data.year} theme={cycle.data.themeTitle} />
      <Mine cycle={cycle.data} />
    </>
  )

  return (
    <>
      <Title order={1}>{t('commitments.title')}</Title>
      {body}
    </>
  )
}
