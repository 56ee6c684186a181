// "Phản ánh, kiến nghị": the inbox of a unit and its subtree (default: my first unit with a handling role), filtered by
// status and "overdue only", newest first, paged with "Xem thêm", below the digest of that subtree. Filters live in
// the address so Back keeps them. Offices also reach the routing rules from here.
import { Anchor, Box, Button, Group, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core'
import { IconCategory, IconPencilPlus, IconRoute } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { formatDate } from '../../components/format.ts'
import { PagedList } from '../../components/PagedList.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { useFeedbackInbox, type FeedbackListItem, type InboxFilter } from './api.ts'
import { EscalatedBadge, FeedbackStatusBadge, OverdueBadge } from './components/FeedbackBadges.tsx'
import { ExportButton } from '../exports/components/ExportButton.tsx'
import { FeedbackDigest } from './components/FeedbackDigest.tsx'
import { canEnterFeedback, canRouteFeedback, defaultFeedbackUnit, FEEDBACK_CATEGORIES_PATH, FEEDBACK_ENTER_PATH, FEEDBACK_ROUTES_PATH, feedbackCasePath } from './paths.ts'
import { FEEDBACK_STATUS_VALUES } from './publicApi.ts'

/** The status filter's "all" choice (an empty value would read as no choice). */
const ALL = 'all'

function Row({ item }: { item: FeedbackListItem }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Anchor component={Link} to={feedbackCasePath(item.id)} fw={700} size="lg" className="row-link" underline="hover">
            {item.reference}
          </Anchor>
          <Group gap="xs">
            <FeedbackStatusBadge status={item.status} />
            {item.overdue && <OverdueBadge />}
            {item.escalatedTo && <EscalatedBadge to={item.escalatedTo.name} />}
          </Group>
        </Group>
        <Text fw={500}>{[item.category, item.commune.name].join(' · ')}</Text>
        <Text style={{ overflowWrap: 'anywhere' }}>{item.excerpt}</Text>
        <Text size="sm" c="dimmed">
          {t('feedback.inbox.receivedOn', { date: formatDate(item.receivedOn) })} · {t('feedback.inbox.handler', { name: item.handler.name })}
        </Text>
        <Text size="sm" c={item.overdue ? 'red.9' : 'dimmed'} fw={item.overdue ? 500 : undefined}>
          {t('feedback.inbox.dueDates', { ack: formatDate(item.acknowledgeDue), handling: formatDate(item.handlingDue) })}
        </Text>
      </Stack>
    </Paper>
  )
}

function Results({ filter }: { filter: InboxFilter }) {
  const { t } = useTranslation()
  return <PagedList query={useFeedbackInbox(filter)} label={t('feedback.inbox.listLabel')} empty={t('feedback.inbox.empty')} render={(item) => <Row key={item.id} item={item} />} />
}

export function FeedbackInboxPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('feedback.inbox.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') ?? defaultFeedbackUnit(me)?.id ?? ''
  const statusParam = params.get('status')
  const status = FEEDBACK_STATUS_VALUES.find((s) => s === statusParam) ?? null
  const overdue = params.get('overdue') === 'true'
  const escalated = params.get('escalated') === 'true'
  const chosen = useOrganization(org)

  return (
    <>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('feedback.inbox.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to={FEEDBACK_CATEGORIES_PATH} variant="default" leftSection={<IconCategory size={20} aria-hidden />}>
            {t('feedback.categories.link')}
          </Button>
          {canRouteFeedback(me) && (
            <Button component={Link} to={org ? `${FEEDBACK_ROUTES_PATH}?org=${org}` : FEEDBACK_ROUTES_PATH} variant="default" leftSection={<IconRoute size={20} aria-hidden />}>
              {t('feedback.rules.link')}
            </Button>
          )}
          {canEnterFeedback(me) && (
            <Button component={Link} to={FEEDBACK_ENTER_PATH} variant="outline" leftSection={<IconPencilPlus size={20} aria-hidden />}>
              {t('feedback.inbox.enter')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('feedback.inbox.intro')}</Text>
      {!org ? (
        <Text>{t('feedback.inbox.noUnit')}</Text>
      ) : (
        <>
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker
              label={t('feedback.inbox.unit')}
              placeholder={t('feedback.inbox.unitPlaceholder')}
              value={org}
              selected={chosen.data ?? null}
              required
              onChange={(id) => id && update({ org: id })}
            />
          </Box>
          <FeedbackDigest org={org} />
          <Stack gap="sm" component="section" aria-labelledby="feedback-inbox-results">
            <Group justify="space-between" align="center" wrap="wrap">
              <Title order={2} id="feedback-inbox-results">
                {t('feedback.inbox.results')}
              </Title>
              <ExportButton list="feedback" params={{ org }} />
            </Group>
            <Group gap="md" align="flex-end" wrap="wrap">
              <Select
                label={t('feedback.inbox.status')}
                data={[{ value: ALL, label: t('feedback.inbox.allStatuses') }, ...FEEDBACK_STATUS_VALUES.map((s) => ({ value: s, label: t(`feedback.status.${s}`) }))]}
                value={status ?? ALL}
                onChange={(value) => update({ status: value && value !== ALL ? value : null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 220 }}
              />
              <Switch
                label={t('feedback.inbox.overdueOnly')}
                checked={overdue}
                onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : null })}
                pb={8}
              />
              <Switch
                label={t('feedback.inbox.escalatedOnly')}
                checked={escalated}
                onChange={(e) => update({ escalated: e.currentTarget.checked ? 'true' : null })}
                pb={8}
              />
            </Group>
            <Results filter={{ org, status, overdue, escalated }} />
          </Stack>
        </>
      )}
    </>
  )
}
