// "Tiếp công dân, đối thoại": the sessions of a unit and its subtree (default: my highest unit that reads them),
// filtered by time and status, latest first, below the month's reception-day compliance of that subtree. Offices,
// secretaries and leaders schedule a session from here; everyone who reads reaches the promises tracker.
import { Anchor, Box, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconCalendarPlus, IconChecklist } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { todayIso } from '../../../common/dates.ts'
import { useMe } from '../../api/session.tsx'
import { formatDate } from '../../components/format.ts'
import { PagedList } from '../../components/PagedList.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { STATUS_VALUES, useDialogues, type DialogueListItem, type SessionFilter } from './api.ts'
import { CompliancePanel } from './components/CompliancePanel.tsx'
import { KindBadge, SessionStatusBadge } from './components/DialogueBadges.tsx'
import { CreateSessionModal } from './components/SessionFormModal.tsx'
import { rangeFor, WHEN_VALUES, type When } from './logic.ts'
import { canScheduleDialogues, defaultDialogueUnit, dialoguePath, PROMISES_PATH } from './paths.ts'

/** The status filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function Row({ item }: { item: DialogueListItem }) {
  const { t } = useTranslation()
  const date = item.startsAt ? t('dialogues.list.dateTime', { date: formatDate(item.heldOn), time: item.startsAt }) : formatDate(item.heldOn)
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Anchor component={Link} to={dialoguePath(item.id)} fw={700} size="lg" className="row-link" underline="hover" style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Anchor>
          <Group gap="xs">
            <KindBadge kind={item.kind} />
            <SessionStatusBadge status={item.status} />
          </Group>
        </Group>
        <Text fw={500}>{[date, item.organization.name].join(' · ')}</Text>
        <Text size="sm">{t('dialogues.list.place', { place: item.place })} · {t('dialogues.list.chair', { chair: item.chair })}</Text>
        {item.status === 'held' && (
          <Text size="sm">{t('dialogues.list.counts', { questions: item.questionCount, open: item.openPromiseCount, promises: item.promiseCount })}</Text>
        )}
      </Stack>
    </Paper>
  )
}

function Results({ filter }: { filter: SessionFilter }) {
  const { t } = useTranslation()
  return <PagedList query={useDialogues(filter)} label={t('dialogues.list.listLabel')} empty={t('dialogues.list.empty')} render={(item) => <Row key={item.id} item={item} />} />
}

export function DialoguesPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('dialogues.list.title'))
  const [params, update] = useFilterParams()
  const [scheduling, setScheduling] = useState(false)
  const today = todayIso()
  const org = params.get('org') ?? defaultDialogueUnit(me.grants)?.id ?? ''
  const when = WHEN_VALUES.find((w) => w === params.get('when')) ?? 'all'
  const status = STATUS_VALUES.find((s) => s === params.get('status')) ?? null
  const monthParam = params.get('month')
  const month = monthParam && /^\d{4}-(0[1-9]|1[0-2])$/.test(monthParam) ? monthParam : today.slice(0, 7)
  const chosen = useOrganization(org)

  return (
    <>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('dialogues.list.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to={org ? `${PROMISES_PATH}?org=${org}` : PROMISES_PATH} variant="default" leftSection={<IconChecklist size={20} aria-hidden />}>
            {t('dialogues.list.promisesLink')}
          </Button>
          {canScheduleDialogues(me) && (
            <Button variant="filled" leftSection={<IconCalendarPlus size={20} aria-hidden />} onClick={() => setScheduling(true)}>
              {t('dialogues.list.schedule')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('dialogues.list.intro')}</Text>
      {!org ? (
        <Text>{t('dialogues.list.noUnit')}</Text>
      ) : (
        <>
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker label={t('dialogues.list.unit')} placeholder={t('dialogues.list.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
          </Box>
          <CompliancePanel org={org} month={month} onMonth={(m) => update({ month: m === today.slice(0, 7) ? null : m })} />
          <Stack gap="sm" component="section" aria-labelledby="dialogue-list-title">
            <Title order={2} id="dialogue-list-title">
              {t('dialogues.list.sessions')}
            </Title>
            <Group gap="md" align="flex-end" wrap="wrap">
              <Select
                label={t('dialogues.list.when')}
                data={WHEN_VALUES.map((w) => ({ value: w, label: t(`dialogues.list.whenOptions.${w}`) }))}
                value={when}
                onChange={(value) => update({ when: value && value !== 'all' ? value : null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 220 }}
              />
              <Select
                label={t('dialogues.list.status')}
                data={[{ value: ALL, label: t('dialogues.list.allStatuses') }, ...STATUS_VALUES.map((s) => ({ value: s, label: t(`dialogues.status.${s}`) }))]}
                value={status ?? ALL}
                onChange={(value) => update({ status: value && value !== ALL ? value : null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 220 }}
              />
            </Group>
            <Results filter={{ org, status, ...rangeFor(when as When, today) }} />
          </Stack>
        </>
      )}
      {scheduling && <CreateSessionModal unit={chosen.data ?? null} onClose={() => setScheduling(false)} />}
    </>
  )
}
