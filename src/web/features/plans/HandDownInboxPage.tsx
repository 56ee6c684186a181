// "Nhiệm vụ cấp trên giao": the items handed down to a unit (waiting by default; accepted or declined on request),
// each with what is expected and by when; the unit's managers accept one into their plan (then open it to split it)
// or decline it with a reason.
import { Anchor, Box, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { HAND_DOWN_STATUSES } from '../../../common/contracts/plans.ts'
import { useMe } from '../../api/session.tsx'
import { BackLink } from '../../components/BackLink.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate, formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { notifyError, notifySuccess } from '../../components/notify.ts'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { useAcceptMutation, useHandDowns, type HandDownInboxItem, type HandDownStatus } from './api.ts'
import { DeclineModal } from './components/DeclineModal.tsx'
import { KindBadge } from './components/PlanBadges.tsx'
import { boardPath, defaultPlanUnit, planItemPath } from './paths.ts'

function Row({ h, onDecline }: { h: HandDownInboxItem; onDecline: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const accept = useAcceptMutation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} style={{ overflowWrap: 'anywhere', flex: 1, minWidth: '14rem' }}>{h.item.title}</Text>
          <KindBadge kind={h.item.kind} />
        </Group>
        <Text size="sm">{t('plans.inbox.fromLine', { from: h.from.name, year: h.cycle.year, date: formatDateTime(h.createdAt) })}</Text>
        {h.item.expectedResult && <Text size="sm">{t('plans.inbox.expected', { result: h.item.expectedResult })}</Text>}
        {h.item.dueOn && <Text size="sm">{t('plans.item.dueLine', { date: formatDate(h.item.dueOn) })}</Text>}
        {h.item.description && <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{h.item.description}</Text>}
        {h.note && <Text size="sm">{h.status === 'declined' ? t('plans.inbox.reasonLine', { reason: h.note }) : t('plans.inbox.noteLine', { note: h.note })}</Text>}
        {h.acceptedItemId && (
          <Anchor component={Link} to={planItemPath(h.acceptedItemId)} size="sm">{t('plans.inbox.openAccepted')}</Anchor>
        )}
        {h.abilities.respond && (
          <Group gap="sm">
            <Button loading={accept.isPending} aria-label={t('plans.inbox.acceptAria', { title: h.item.title })}
              onClick={() => accept.mutate(h.id, { onSuccess: (r) => { notifySuccess(t('plans.inbox.accepted')); void navigate(planItemPath(r.itemId)) }, onError: notifyError })}>
              {t('plans.inbox.accept')}
            </Button>
            <Button variant="default" color="red" onClick={onDecline} aria-label={t('plans.inbox.declineAria', { title: h.item.title })}>{t('plans.inbox.decline')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

export function HandDownInboxPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('plans.inbox.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') ?? defaultPlanUnit(me.grants)?.id ?? ''
  const status = HAND_DOWN_STATUSES.find((s) => s === params.get('status')) ?? 'pending'
  const chosen = useOrganization(org, { enabled: Boolean(org) })
  const list = useHandDowns(org, status)
  const [declining, setDeclining] = useState<HandDownInboxItem | null>(null)
  return (
    <>
      <BackLink to={org ? boardPath(org) : '/ke-hoach'}>{t('plans.inbox.back')}</BackLink>
      <Title order={1}>{t('plans.inbox.title')}</Title>
      <Text>{t('plans.inbox.intro')}</Text>
      {!org ? <Text>{t('plans.board.noUnit')}</Text> : (
        <>
          <Box w={{ base: '100%', sm: 360 }}>
            <OrgPicker label={t('plans.board.unit')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
          </Box>
          <SegmentedControl
            aria-label={t('plans.inbox.statusLabel')}
            data={HAND_DOWN_STATUSES.map((s) => ({ value: s, label: t(`plans.handDownStatus.${s}`) }))}
            value={status}
            onChange={(v) => update({ status: v === 'pending' ? null : v })}
          />
          {list.isPending ? <Loading /> : list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
            <Text>{t(`plans.inbox.empty.${status as HandDownStatus}`)}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('plans.inbox.listLabel')}>
              {list.data.items.map((h) => <Row key={h.id} h={h} onDecline={() => setDeclining(h)} />)}
            </Stack>
          )}
        </>
      )}
      {declining && <DeclineModal handDown={declining} onClose={() => setDeclining(null)} />}
    </>
  )
}
