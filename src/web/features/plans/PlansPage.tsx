// "Kế hoạch": a unit's plan for a year (default: my highest unit and the current cycle) — its items as a tree with
// progress bars and statuses, hand-downs and where accepted items came from — with the way to the hand-downs waiting
// for the unit, the subtree's dashboard ("chưa báo cáo"), the reporting periods, and the downloads. A unit without a
// plan yet offers to create one to those who manage it.
import { Alert, Anchor, Box, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconBell, IconCalendarStats, IconChartBar, IconInbox, IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate, formatDateTime } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCycles } from '../cycles/api.ts'
import { useOrganization } from '../organizations/api.ts'
import { usePlanBoard, type PlanBoard } from './api.ts'
import { ItemTree } from './components/ItemTree.tsx'
import { CreateItemModal } from './components/ItemModal.tsx'
import { ProgressBar } from './components/PlanBadges.tsx'
import { PlanDocuments } from './components/PlanDocuments.tsx'
import { CreatePlanForm, EditPlanModal } from './components/PlanForms.tsx'
import { canSupervisePlans, defaultPlanUnit, handDownsPath, mayOpenPeriods, periodsPath, planDashboardPath } from './paths.ts'

function Links({ board }: { board: PlanBoard }) {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <Group gap="sm">
      <Button component={Link} to={handDownsPath(board.organization.id)} variant={board.pendingHandDowns > 0 ? 'filled' : 'default'} leftSection={<IconInbox size={20} aria-hidden />}>
        {t('plans.board.inbox', { n: board.pendingHandDowns })}
      </Button>
      {canSupervisePlans(me) && (
        <Button component={Link} to={planDashboardPath(board.organization.id, board.cycle.id)} variant="default" leftSection={<IconChartBar size={20} aria-hidden />}>
          {t('plans.board.dashboard')}
        </Button>
      )}
      {mayOpenPeriods(me) && (
        <Button component={Link} to={periodsPath(board.cycle.id)} variant="default" leftSection={<IconCalendarStats size={20} aria-hidden />}>
          {t('plans.board.periods')}
        </Button>
      )}
    </Group>
  )
}

function Board({ board }: { board: PlanBoard }) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<'add' | 'edit' | null>(null)
  const plan = board.plan
  const r = board.latestReminder
  return (
    <>
      <Links board={board} />
      {r && (
        <Alert variant="outline" color="red" icon={<IconBell aria-hidden />} title={t('plans.board.reminderTitle')}>
          <Text>{t('plans.board.reminder', { from: r.from.name, period: r.period.label, due: formatDate(r.period.dueOn), at: formatDateTime(r.at) })}</Text>
          {r.note && <Text>{r.note}</Text>}
        </Alert>
      )}
      {!plan ? (
        board.abilities.manage ? <CreatePlanForm board={board} /> : <Text>{t('plans.board.noPlan', { year: board.cycle.year })}</Text>
      ) : (
        <>
          <Stack gap="xs" component="section" aria-labelledby="plan-title">
            <Group justify="space-between" align="flex-start">
              <Title order={2} id="plan-title" style={{ overflowWrap: 'anywhere', flex: 1 }}>{plan.title}</Title>
              {board.abilities.manage && (
                <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setDialog('edit')}>
                  {t('plans.board.editPlan')}
                </Button>
              )}
            </Group>
            <Text>{plan.documentNumber ? t('plans.board.number', { number: plan.documentNumber }) : t('plans.board.noNumber')}</Text>
            <Text fw={500}>{t('plans.board.progress')}</Text>
            <ProgressBar value={plan.progress} label={t('plans.board.progressLabel', { n: plan.progress ?? 0 })} />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="plan-items">
            <Group justify="space-between">
              <Title order={2} id="plan-items">{t('plans.board.items', { n: plan.items.length })}</Title>
              {board.abilities.manage && (
                <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setDialog('add')}>{t('plans.board.addItem')}</Button>
              )}
            </Group>
            {plan.items.length === 0 ? <Text>{t('plans.board.empty')}</Text> : <ItemTree items={plan.items} label={t('plans.board.itemsLabel')} />}
          </Stack>
          <PlanDocuments planId={plan.id} cycleId={board.cycle.id} year={board.cycle.year} />
          {dialog === 'add' && <CreateItemModal planId={plan.id} onClose={() => setDialog(null)} />}
          {dialog === 'edit' && <EditPlanModal plan={plan} onClose={() => setDialog(null)} />}
        </>
      )}
    </>
  )
}

export function PlansPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('plans.board.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') ?? defaultPlanUnit(me.grants)?.id ?? ''
  const cycle = params.get('cycle')
  const chosen = useOrganization(org, { enabled: Boolean(org) })
  const cycles = useCycles()
  const board = usePlanBoard(org, cycle)
  return (
    <>
      <Title order={1}>{t('plans.board.title')}</Title>
      <Text>{t('plans.board.intro')}</Text>
      {!org ? (
        <Text>{t('plans.board.noUnit')}</Text>
      ) : (
        <>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Box w={{ base: '100%', sm: 360 }}>
              <OrgPicker label={t('plans.board.unit')} placeholder={t('plans.board.unitPlaceholder')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id })} />
            </Box>
            <Select
              label={t('plans.board.cycle')}
              data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: t('plans.board.cycleOption', { year: c.year }) }))}
              value={cycle ?? board.data?.cycle.id ?? null}
              onChange={(id) => update({ cycle: id })}
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
            />
          </Group>
          {board.isPending ? <Loading /> : board.error ? <ErrorState error={board.error} onRetry={() => void board.refetch()} /> : <Board board={board.data} />}
          {chosen.data && (
            <Anchor component={Link} to={`/to-chuc/${org}`} size="sm">{t('plans.board.openOrg', { name: chosen.data.name })}</Anchor>
          )}
        </>
      )}
    </>
  )
}
