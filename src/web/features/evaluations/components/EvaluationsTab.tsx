// "Xếp loại" on a unit's page: the evaluations of its subtree for the cycle — who, which cell, the self-assessment,
// the cell's proposal and votes, the status and the level decided — with the quota where the unit decides, and the
// decision and annulment each behind a dialog, as the server allows them row by row; the rows one may decide can be
// selected and decided together as proposed. Below, the organizations' own ratings (CollectiveSection).
import { Anchor, Box, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconChecks, IconGavel, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Cycle } from '../../../../common/contracts/cycles.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { Loading } from '../../../components/Loading.tsx'
import { ExportButton } from '../../exports/components/ExportButton.tsx'
import { useRuleSet } from '../../rules/api.ts'
import type { Evaluation, EvaluationList } from '../api.ts'
import { AnnulModal } from './AnnulModal.tsx'
import { BatchDecideModal } from './BatchDecideModal.tsx'
import { CollectiveSection } from './CollectiveSection.tsx'
import { DecideModal } from './DecideModal.tsx'
import { EvaluationStatus, useVoteTally } from './EvaluationFacts.tsx'
import { QuotaBanner } from './QuotaBanner.tsx'

type Filter = 'proposed' | 'decided' | 'all'
type Open = { kind: 'decide' | 'annul'; evaluation: Evaluation } | null

function Row({ e, onOpen, selected, onSelect }: {
  e: Evaluation
  onOpen: (open: Open) => void
  /** Whether the row is selected for a batch decision; absent on rows the account may not decide. */
  selected?: boolean
  onSelect: (id: string, selected: boolean) => void
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const tally = useVoteTally()
  const name = e.person.fullName
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="evaluation-row">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            {selected !== undefined && (
              <Checkbox mt={6} size="md" checked={selected} onChange={(ev) => onSelect(e.id, ev.currentTarget.checked)} aria-label={t('evaluations.batch.selectFor', { name })} />
            )}
            <Stack gap={0}>
              <Anchor component={Link} to={`/cam-ket/${e.commitmentId}`} fw={700} size="lg" className="row-link" underline="hover">
                {name}
              </Anchor>
              <Text size="sm" c="dimmed">{e.organization.name}</Text>
            </Stack>
          </Group>
          <EvaluationStatus evaluation={e} />
        </Group>
        <Text size="sm">
          <Text span fw={700}>{t('evaluations.selfShort')}:</Text>{' '}
          {e.selfLevel ? t('evaluations.levelWithScore', { level: labels.ratingLevel(e.selfLevel), score: formatNumber(e.selfTotal ?? 0) }) : t('common.none')}
        </Text>
        <Text size="sm">
          <Text span fw={700}>{t('evaluations.proposedShort')}:</Text> {labels.ratingLevel(e.proposedLevel)}
          <Text span c="dimmed"> — {tally(e.votes)}</Text>
        </Text>
        {e.decidedLevel && (
          <Text size="sm" data-testid="decided-level">
            <Text span fw={700}>{t('evaluations.decidedLevel')}:</Text>{' '}
            {e.decidedScore === null ? labels.ratingLevel(e.decidedLevel) : t('evaluations.levelWithScore', { level: labels.ratingLevel(e.decidedLevel), score: formatNumber(e.decidedScore) })}
            {e.exceptionJustification && <Text span c="red.9"> · {t('evaluations.exceptionShort')}</Text>}
          </Text>
        )}
        {(e.abilities.decide || e.abilities.annul) && (
          <Group gap="sm" mt={4}>
            {e.abilities.decide && (
              <Button color="teal" leftSection={<IconGavel size={20} aria-hidden />} onClick={() => onOpen({ kind: 'decide', evaluation: e })} aria-label={t('evaluations.decide.actionFor', { name })}>
                {t('evaluations.decide.action')}
              </Button>
            )}
            {e.abilities.annul && (
              <Button color="red" variant="outline" leftSection={<IconRestore size={20} aria-hidden />} onClick={() => onOpen({ kind: 'annul', evaluation: e })} aria-label={t('evaluations.annul.actionFor', { name })}>
                {t('evaluations.annul.action')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

/** Select every row one may decide, and decide the selected ones as their cells proposed. */
function BatchBar({ decidable, selected, onSelectAll, onDecide }: {
  decidable: number
  selected: number
  onSelectAll: (all: boolean) => void
  onDecide: () => void
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0">
      <Group gap="md" justify="space-between" wrap="wrap" role="group" aria-label={t('evaluations.batch.toolbar')}>
        <Checkbox
          size="md"
          label={t('evaluations.batch.selectAll', { n: formatNumber(decidable) })}
          checked={selected > 0 && selected === decidable}
          indeterminate={selected > 0 && selected < decidable}
          onChange={(ev) => onSelectAll(ev.currentTarget.checked)}
        />
        <Button color="teal" leftSection={<IconChecks size={20} aria-hidden />} disabled={selected === 0} onClick={onDecide}>
          {t('evaluations.batch.action', { n: formatNumber(selected) })}
        </Button>
      </Group>
    </Paper>
  )
}

export function EvaluationsTab({ orgId, cycle, query }: {
  orgId: string
  cycle: Cycle
  query: { isPending: boolean; error: unknown; data?: EvaluationList; refetch: () => unknown }
}) {
  const { t } = useTranslation()
  const ruleSet = useRuleSet(cycle.ruleSet.id)
  const [chosen, setChosen] = useState<Filter | null>(null)
  const [open, setOpen] = useState<Open>(null)
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set())
  const [batchOpen, setBatchOpen] = useState(false)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { items, quota } = query.data
  const counts = { proposed: items.filter((e) => e.status === 'proposed').length, decided: items.filter((e) => e.status === 'decided').length, all: items.length }
  const filter: Filter = chosen ?? (counts.proposed > 0 ? 'proposed' : 'all')
  const shown = filter === 'all' ? items : items.filter((e) => e.status === filter)
  // The dialog follows the fresh row (after a refetch), and closes when the row is gone.
  const current = open && items.find((e) => e.id === open.evaluation.id)
  // The selection keeps only rows still decidable (a refetch drops those decided meanwhile).
  const decidable = items.filter((e) => e.abilities.decide)
  const selected = decidable.filter((e) => selection.has(e.id))
  const select = (id: string, on: boolean) => setSelection((s) => {
    const next = new Set(s)
    if (on) next.add(id)
    else next.delete(id)
    return next
  })

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('evaluations.tabTitle', { year: cycle.year })}</Title>
        {items.length > 0 && <ExportButton list="evaluations" params={{ org: orgId, cycle: cycle.id }} />}
      </Group>
      {quota && <QuotaBanner quota={quota} />}
      <Group gap="xs" role="group" aria-label={t('evaluations.filter')}>
        {(['proposed', 'decided', 'all'] as const).map((f) => (
          <Button key={f} size="sm" radius="xl" variant={filter === f ? 'filled' : 'default'} aria-pressed={filter === f} onClick={() => setChosen(f)}>
            {t('evaluations.filterCount', { label: t(`evaluations.filterLabel.${f}`), n: formatNumber(counts[f]) })}
          </Button>
        ))}
      </Group>
      {decidable.length > 0 && (
        <BatchBar
          decidable={decidable.length}
          selected={selected.length}
          onSelectAll={(all) => setSelection(new Set(all ? decidable.map((e) => e.id) : []))}
          onDecide={() => setBatchOpen(true)}
        />
      )}
      {items.length === 0 ? (
        <Text>{t('evaluations.none')}</Text>
      ) : shown.length === 0 ? (
        <Text>{t('evaluations.noneHere')}</Text>
      ) : (
        <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {shown.map((e) => (
            <Row key={e.id} e={e} onOpen={setOpen} selected={e.abilities.decide ? selection.has(e.id) : undefined} onSelect={select} />
          ))}
        </Box>
      )}
      {open?.kind === 'decide' && current && <DecideModal evaluation={current} bands={ruleSet.data?.content.bands} onClose={() => setOpen(null)} />}
      {open?.kind === 'annul' && current && <AnnulModal evaluation={current} onClose={() => setOpen(null)} />}
      {batchOpen && (
        <BatchDecideModal
          evaluations={selected}
          quota={quota}
          rule={ruleSet.data?.content.quota}
          onDone={() => setSelection(new Set())}
          onClose={() => setBatchOpen(false)}
        />
      )}
      <CollectiveSection orgId={orgId} cycle={cycle} />
    </Stack>
  )
}
