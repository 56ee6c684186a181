// "Biện pháp khắc phục": each remedial action with its owner, due date (overdue named in words), progress bar and a
// button to report on it; "Thêm biện pháp" for the subject and the raising unit (the page's `abilities`).
import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconReportAnalytics } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../components/format.ts'
import type { ShortcomingAction, ShortcomingDetail } from '../api.ts'
import { AddActionModal, ReportActionModal } from './ActionModals.tsx'
import { OverdueBadge } from './ShortcomingBadges.tsx'

function ActionCard({ action, onReport }: { action: ShortcomingAction; onReport: () => void }) {
  const { t } = useTranslation()
  const a = action
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} style={{ overflowWrap: 'anywhere', flex: 1, minWidth: '14rem' }}>
            {a.content}
          </Text>
          <Group gap="xs">
            <Text span size="sm" fw={500}>{t(`shortcomings.actionStatus.${a.status}`)}</Text>
            {a.overdue && <OverdueBadge />}
          </Group>
        </Group>
        <Text size="sm">
          {a.owner ? t('shortcomings.actions.ownerLine', { unit: a.owner.name, person: a.ownerName }) : t('shortcomings.actions.ownerPerson', { person: a.ownerName })}
        </Text>
        <Text size="sm" c={a.overdue ? 'red.9' : undefined} fw={a.overdue ? 500 : undefined}>
          {t('shortcomings.actions.dueLine', { date: formatDate(a.dueOn) })}
          {a.doneOn ? ` · ${t('shortcomings.actions.doneOn', { date: formatDate(a.doneOn) })}` : ''}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Progress value={a.progress} size="lg" radius="xl" style={{ flex: 1 }} color={a.status === 'done' ? 'teal' : 'blue'} aria-label={t('shortcomings.actions.progressLabel', { n: a.progress })} />
          <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
            {a.progress}%
          </Text>
        </Group>
        {a.abilities.report && (
          <Button size="md" leftSection={<IconReportAnalytics size={20} aria-hidden />} onClick={onReport} style={{ alignSelf: 'flex-start' }}>
            {t('shortcomings.actions.report')}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}

export function ActionsSection({ shortcoming }: { shortcoming: ShortcomingDetail }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const [reporting, setReporting] = useState<ShortcomingAction | null>(null)
  return (
    <Stack gap="xs" component="section" aria-labelledby="shortcoming-actions-title">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2} id="shortcoming-actions-title">
          {t('shortcomings.actions.title')}
        </Title>
        {shortcoming.abilities.addAction && (
          <Button variant="outline" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
            {t('shortcomings.actions.add')}
          </Button>
        )}
      </Group>
      {shortcoming.actions.length === 0 ? (
        <Text>{t('shortcomings.actions.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('shortcomings.actions.listLabel')}>
          {shortcoming.actions.map((a) => (
            <ActionCard key={a.id} action={a} onReport={() => setReporting(a)} />
          ))}
        </Stack>
      )}
      {adding && <AddActionModal shortcoming={shortcoming} onClose={() => setAdding(false)} />}
      {reporting && <ReportActionModal shortcomingId={shortcoming.id} action={reporting} onClose={() => setReporting(null)} />}
    </Stack>
  )
}
