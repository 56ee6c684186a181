// One visit: details (who inspects, which unit or person, when, what), the checklist with each point's result, the
// conclusion, recommendations and findings (each linked to the shortcoming it became), the report back — and the
// steps its `abilities` allow (conclude, cancel, report back), with an overdue report-back flagged.
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/client.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useInspection, type InspectionDetail } from './api.ts'
import { ChecklistSection } from './components/ChecklistSection.tsx'
import { InspectionBadges } from './components/InspectionBadges.tsx'
import { CancelModal, ConcludeModal, ReportBackModal } from './components/StepModals.tsx'
import { INSPECTIONS_PATH } from './paths.ts'

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const

function Details({ v }: { v: InspectionDetail }) {
  const { t } = useTranslation()
  const items: [string, string][] = [
    [t('inspections.detail.by'), v.organization.name],
    [t('inspections.detail.programme'), v.programme ? [v.programme.title, v.programme.documentNumber].filter(Boolean).join(' · ') : t('inspections.detail.unscheduled')],
    [t('inspections.detail.target'), v.target.name],
    ...(v.targetPerson ? [[t('inspections.detail.person'), v.targetPerson.fullName] as [string, string]] : []),
    [t('inspections.detail.team'), v.team],
    [t('inspections.detail.plannedOn'), formatDate(v.plannedOn)],
    ...(v.heldOn ? [[t('inspections.detail.heldOn'), formatDate(v.heldOn)] as [string, string]] : []),
    ...(v.reportDueOn ? [[t('inspections.detail.reportDueOn'), formatDate(v.reportDueOn)] as [string, string]] : []),
  ]
  return (
    <Stack gap="xs" component="section" aria-labelledby="visit-details">
      <Title order={2} id="visit-details">{t('inspections.detail.details')}</Title>
      <DefinitionList items={items} />
      <Title order={3} size="h4">{t('inspections.detail.scope')}</Title>
      <Text style={pre}>{v.scope}</Text>
      {v.cancelReason && <><Title order={3} size="h4">{t('inspections.detail.cancelReason')}</Title><Text style={pre}>{v.cancelReason}</Text></>}
    </Stack>
  )
}

function Outcome({ v }: { v: InspectionDetail }) {
  const { t } = useTranslation()
  if (v.status !== 'done') return null
  return (
    <Stack gap="xs" component="section" aria-labelledby="visit-outcome">
      <Title order={2} id="visit-outcome">{t('inspections.detail.outcome')}</Title>
      <Title order={3} size="h4">{t('inspections.detail.conclusion')}</Title>
      <Text style={pre}>{v.conclusion}</Text>
      <Title order={3} size="h4">{t('inspections.detail.recommendations')}</Title>
      <Text style={pre}>{v.recommendations}</Text>
      <Title order={3} size="h4">{t('inspections.detail.findings')}</Title>
      {v.findings.length === 0 ? <Text>{t('inspections.detail.noFindings')}</Text> : (
        <List>{v.findings.map((f) => <List.Item key={f.id}>{f.description} ({t(`inspections.severity.${f.severity}`)})</List.Item>)}</List>
      )}
      <Title order={3} size="h4">{t('inspections.detail.reportBack')}</Title>
      {v.reportBack ? <Text style={pre}>{v.reportBack}</Text> : <Text>{t('inspections.detail.noReportBack')}</Text>}
      {v.reportOverdue && <Alert color="red.9" variant="outline" title={t('inspections.overdue')}>{t('inspections.detail.overdueText', { date: formatDate(v.reportDueOn) })}</Alert>}
    </Stack>
  )
}

export function InspectionPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useInspection(id)
  const [modal, setModal] = useState<'conclude' | 'cancel' | 'report' | null>(null)
  usePageTitle(query.data?.title ?? t('inspections.title'))
  const back = <BackLink to={INSPECTIONS_PATH}>{t('inspections.detail.back')}</BackLink>
  if (query.isPending) return <Loading />
  if (query.error) {
    const lasting = isApiError(query.error) && [403, 404, 422].includes(query.error.status)
    return <>{back}<Title order={1}>{t('inspections.title')}</Title><ErrorState error={query.error} onRetry={lasting ? undefined : () => void query.refetch()} /></>
  }
  const v = query.data
  const a = v.abilities
  return (
    <>
      {back}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>{v.title}</Title>
      <Group gap="xs"><InspectionBadges item={v} /></Group>
      {(a.conclude || a.cancel || a.reportBack) && (
        <Group gap="sm">
          {a.conclude && <Button onClick={() => setModal('conclude')}>{t('inspections.conclude.open')}</Button>}
          {a.reportBack && <Button onClick={() => setModal('report')}>{t('inspections.reportBack.open')}</Button>}
          {a.cancel && <Button variant="outline" color="red.9" onClick={() => setModal('cancel')}>{t('inspections.cancel.open')}</Button>}
        </Group>
      )}
      <Details v={v} />
      <ChecklistSection key={v.checks.map((c) => `${c.id}${c.result ?? ''}${c.note ?? ''}`).join()} visit={v} />
      <Outcome v={v} />
      {modal === 'conclude' && <ConcludeModal visit={v} onClose={() => setModal(null)} />}
      {modal === 'cancel' && <CancelModal visit={v} onClose={() => setModal(null)} />}
      {modal === 'report' && <ReportBackModal visit={v} onClose={() => setModal(null)} />}
    </>
  )
}
