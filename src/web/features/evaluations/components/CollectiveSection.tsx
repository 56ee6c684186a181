// "Xếp loại tổ chức" on the "Xếp loại" tab: the unit's own rating (its self-assessment on the collective frame, the
// level proposed and the level decided above) with "Tự đánh giá, xếp loại tổ chức" when the server allows it, and its
// direct sub-units' ratings to decide or annul, as each rating's abilities say. A 403 hides the section.
import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconClipboardCheck, IconGavel, IconRestore } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Cycle } from '../../../../common/contracts/cycles.ts'
import type { RuleSetContent } from '../../../../common/contracts/rules.ts'
import { isApiError } from '../../../api/client.ts'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDateTime, formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { Loading } from '../../../components/Loading.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useCollectiveOverview, type CollectiveEvaluation } from '../api.ts'
import { conditionsFor } from '../rating.ts'
import { useCycleRules } from '../useCycleRules.ts'
import { CollectiveAnnulModal } from './AnnulModal.tsx'
import { CollectiveDecideModal } from './CollectiveDecideModal.tsx'
import { CollectiveSelfAssessModal } from './CollectiveSelfAssessModal.tsx'
import { EvaluationStatus } from './EvaluationFacts.tsx'

type Open = { kind: 'self' } | { kind: 'decide' | 'annul'; id: string } | null

function CollectiveFacts({ e, content }: { e: CollectiveEvaluation; content?: RuleSetContent }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const max = content ? content.frame.generalMax + content.frame.tasksMax : 100
  const titles = new Map(content ? conditionsFor(content, 'collective').map((c) => [c.code, c.title]) : [])
  const rows: [string, ReactNode][] = [
    [t('evaluations.statusLabel'), <Group key="s" gap="xs"><EvaluationStatus evaluation={e} /></Group>],
    [t('evaluations.collective.total'), t('evaluations.collective.totalValue', { value: formatNumber(e.total), max: formatNumber(max) })],
    [t('evaluations.collective.proposedLevel'), labels.ratingLevel(e.proposedLevel)],
    [t('evaluations.collective.proposedAt'), formatDateTime(e.proposedAt)],
  ]
  if (e.conditions.length > 0) {
    rows.push([t('evaluations.collective.conditions'), (
      <List key="c" spacing={4}>
        {e.conditions.map((code) => <List.Item key={code}>{titles.get(code) ?? code}</List.Item>)}
      </List>
    )])
  }
  rows.push([t('evaluations.collective.decidingOrganization'), e.decidingOrganization.name])
  if (e.decidedLevel) {
    rows.push([t('evaluations.collective.decidedLevel'), <strong key="d">{labels.ratingLevel(e.decidedLevel)}</strong>])
    if (e.decidedScore !== null) rows.push([t('evaluations.decidedScore'), formatNumber(e.decidedScore)])
    if (e.decidedAt) rows.push([t('evaluations.decidedAt'), formatDateTime(e.decidedAt)])
    if (e.decisionNote) rows.push([t('evaluations.collective.decisionNote'), e.decisionNote])
  }
  return (
    <Stack gap="xs" data-testid="collective-own">
      <DefinitionList items={rows} />
      <details>
        <summary style={{ cursor: 'pointer', fontWeight: 500 }}>{t('evaluations.collective.reportShown')}</summary>
        <Text mt="xs" style={{ whiteSpace: 'pre-line' }}>{e.report}</Text>
      </details>
    </Stack>
  )
}

/** "Quyết định" and "Hủy kết quả" on a rating, as its abilities allow. */
function Actions({ e, onOpen, size = 'sm' }: { e: CollectiveEvaluation; onOpen: (open: Open) => void; size?: 'sm' | 'md' }) {
  const { t } = useTranslation()
  const name = e.organization.name
  if (!e.abilities.decide && !e.abilities.annul) return null
  return (
    <Group gap="xs" wrap="nowrap">
      {e.abilities.decide && (
        <Button color="teal" size={size} leftSection={<IconGavel size={18} aria-hidden />} onClick={() => onOpen({ kind: 'decide', id: e.id })} aria-label={t('evaluations.collective.decide.actionFor', { name })}>
          {t('evaluations.decide.action')}
        </Button>
      )}
      {e.abilities.annul && (
        <Button color="red" variant="outline" size={size} leftSection={<IconRestore size={18} aria-hidden />} onClick={() => onOpen({ kind: 'annul', id: e.id })} aria-label={t('evaluations.collective.annul.actionFor', { name })}>
          {t('evaluations.annul.action')}
        </Button>
      )}
    </Group>
  )
}

function ChildrenTable({ rows, onOpen }: { rows: { organization: { id: string; name: string }; evaluation: CollectiveEvaluation | null }[]; onOpen: (open: Open) => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const none = t('common.none')
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('evaluations.collective.childrenCaption')} withTableBorder striped verticalSpacing="sm" data-testid="collective-children">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluations.collective.unit')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluations.collective.total')}</Table.Th>
            <Table.Th scope="col">{t('evaluations.collective.proposedLevel')}</Table.Th>
            <Table.Th scope="col">{t('evaluations.collective.decidedLevel')}</Table.Th>
            <Table.Th scope="col">{t('evaluations.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('evaluations.collective.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ organization: o, evaluation: e }) => (
            <Table.Tr key={o.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/to-chuc/${o.id}?tab=xep-loai`}>{o.name}</Anchor>
              </Table.Th>
              <Table.Td ta="right">{e ? formatNumber(e.total) : none}</Table.Td>
              <Table.Td>{e ? labels.ratingLevel(e.proposedLevel) : <Text span c="dimmed">{t('evaluations.collective.notAssessed')}</Text>}</Table.Td>
              <Table.Td fw={e?.decidedLevel ? 700 : undefined}>{e?.decidedLevel ? labels.ratingLevel(e.decidedLevel) : none}</Table.Td>
              <Table.Td>{e ? <EvaluationStatus evaluation={e} /> : none}</Table.Td>
              <Table.Td>{e && <Actions e={e} onOpen={onOpen} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

export function CollectiveSection({ orgId, cycle }: { orgId: string; cycle: Cycle }) {
  const { t } = useTranslation()
  const overview = useCollectiveOverview(orgId, cycle.id)
  const rules = useCycleRules(cycle.id)
  const unit = useOrganization(orgId)
  const [open, setOpen] = useState<Open>(null)
  if (isApiError(overview.error) && overview.error.status === 403) return null

  let body
  if (overview.isPending) body = <Loading />
  else if (overview.error || !overview.data) body = <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
  else {
    const { own, canSelfAssess, children } = overview.data
    const name = own?.organization.name ?? unit.data?.name ?? ''
    // The dialogs follow the fresh rating (after a refetch), and close when it is gone.
    const all = [own, ...children.map((c) => c.evaluation)].filter((e): e is CollectiveEvaluation => e !== null)
    const current = open && open.kind !== 'self' ? all.find((e) => e.id === open.id) : undefined
    // The top of the tree has no level above to rate it.
    const showOwn = own !== null || canSelfAssess || (unit.data?.ancestors.length ?? 0) > 0
    if (!showOwn && children.length === 0) return null
    body = (
      <>
        {showOwn && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={3}>{t('evaluations.collective.ownTitle', { name })}</Title>
            {own ? <CollectiveFacts e={own} content={rules.content} /> : <Text>{t('evaluations.collective.notYet')}</Text>}
            <Group gap="sm">
              {canSelfAssess && (
                <Button leftSection={<IconClipboardCheck size={20} aria-hidden />} onClick={() => setOpen({ kind: 'self' })} disabled={!rules.content}>
                  {t('evaluations.collective.selfAssess')}
                </Button>
              )}
              {own && <Actions e={own} onOpen={setOpen} size="md" />}
            </Group>
          </Stack>
        </Paper>
        )}
        {children.length > 0 && (
          <Stack gap="xs">
            <Title order={3}>{t('evaluations.collective.childrenTitle')}</Title>
            <ChildrenTable rows={children} onOpen={setOpen} />
          </Stack>
        )}
        {open?.kind === 'self' && rules.content && (
          <CollectiveSelfAssessModal organization={{ id: orgId, name }} cycleId={cycle.id} content={rules.content} previous={own} onClose={() => setOpen(null)} />
        )}
        {open?.kind === 'decide' && current && <CollectiveDecideModal evaluation={current} bands={rules.content?.bands} onClose={() => setOpen(null)} />}
        {open?.kind === 'annul' && current && <CollectiveAnnulModal evaluation={current} onClose={() => setOpen(null)} />}
      </>
    )
  }
  return (
    <Stack gap="md" component="section" aria-labelledby="collective-ratings" mt="lg">
      <Title order={2} id="collective-ratings">
        {t('evaluations.collective.title')}
      </Title>
      <Text>{t('evaluations.collective.intro')}</Text>
      {body}
    </Stack>
  )
}
