// One promise: what was promised, the owner unit and person, the due date (overdue flagged), the progress and the
// latest report; the buttons its `abilities` allow (report progress, change it).
import { Anchor, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import { IconPencil, IconReportAnalytics } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '../../../components/format.ts'
import type { DialoguePromise } from '../api.ts'
import { dialoguePath } from '../paths.ts'
import { OverdueBadge, PromiseStatusBadge } from './DialogueBadges.tsx'

export function PromiseCard({ promise, showSession, onReport, onEdit }: {
  promise: DialoguePromise
  /** On the tracker: which session it was made at, with a link. */
  showSession?: boolean
  onReport: () => void
  onEdit: () => void
}) {
  const { t } = useTranslation()
  const p = promise
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} style={{ overflowWrap: 'anywhere', flex: 1, minWidth: '14rem' }}>
            {p.content}
          </Text>
          <Group gap="xs">
            <PromiseStatusBadge status={p.status} />
            {p.overdue && <OverdueBadge />}
          </Group>
        </Group>
        <Text size="sm">{t('dialogues.promises.ownerLine', { unit: p.owner.name, person: p.ownerName })}</Text>
        <Text size="sm" c={p.overdue ? 'red.9' : undefined} fw={p.overdue ? 500 : undefined}>
          {t('dialogues.promises.dueLine', { date: formatDate(p.dueOn) })}
          {p.doneOn ? ` · ${t('dialogues.promises.doneOn', { date: formatDate(p.doneOn) })}` : ''}
        </Text>
        {showSession && (
          <Text size="sm">
            {t('dialogues.promises.madeAt')}{' '}
            <Anchor component={Link} to={dialoguePath(p.session.id)}>
              {p.session.title}
            </Anchor>{' '}
            ({formatDate(p.session.heldOn)}, {p.session.organization.name})
          </Text>
        )}
        <Group gap="sm" wrap="nowrap">
          <Progress value={p.progress} size="lg" radius="xl" style={{ flex: 1 }} color={p.status === 'done' ? 'teal' : 'blue'} aria-label={t('dialogues.promises.progressLabel', { n: p.progress })} />
          <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
            {p.progress}%
          </Text>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {p.lastReport ? t('dialogues.promises.lastReport', { date: formatDate(p.lastReport.at.slice(0, 10)), note: p.lastReport.note }) : t('dialogues.promises.noReport')}
        </Text>
        {(p.abilities.report || p.abilities.manage) && (
          <Group gap="xs">
            {p.abilities.report && (
              <Button size="xs" leftSection={<IconReportAnalytics size={16} aria-hidden />} onClick={onReport}>
                {t('dialogues.promises.report')}
              </Button>
            )}
            {p.abilities.manage && (
              <Button size="xs" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
                {t('dialogues.promises.edit')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
