// "Thêm cuộc kiểm tra": in the level's programme or unscheduled, the target unit (under the level) and optionally a
// person placed there, title, scope, team, planned date, and the checklist drawn from the year's criteria and/or
// written point by point (one a line).
import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { InspectionKind } from '../../../../common/contracts/inspections.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { PersonPicker } from '../../../components/PersonPicker.tsx'
import { INSPECTION_KINDS, useCreateInspectionMutation } from '../api.ts'
import { inspectionPath } from '../paths.ts'

const FIELDS = ['kind', 'targetOrgId', 'targetPersonId', 'title', 'scope', 'team', 'plannedOn', 'points'] as const

export function VisitFormModal({ orgId, hasProgramme, onClose }: { orgId: string; hasProgramme: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreateInspectionMutation()
  const [d, setD] = useState({ inProgramme: hasProgramme, kind: 'inspection' as InspectionKind, targetOrgId: null as string | null, targetPersonId: null as string | null, title: '', scope: '', team: '', plannedOn: '', drawCriteria: true, points: '' })
  const set = (patch: Partial<typeof d>) => setD({ ...d, ...patch })
  const err = (key: string) => fieldError(mutation.error, key)

  function onSubmit() {
    if (!d.targetOrgId) return
    mutation.mutate({
      orgId, inProgramme: d.inProgramme, kind: d.kind, targetOrgId: d.targetOrgId, targetPersonId: d.targetPersonId, title: d.title.trim(), scope: d.scope.trim(),
      team: d.team.trim(), plannedOn: d.plannedOn, drawCriteria: d.drawCriteria, points: d.points.split('\n').map((p) => p.trim()).filter(Boolean),
    }, {
      onSuccess: (created) => {
        notifySuccess(t('inspections.form.created'))
        onClose()
        void navigate(inspectionPath(created.id))
      },
    })
  }

  return (
    <FormModal title={t('inspections.form.title')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS} submitLabel={t('inspections.form.create')}>
      <Checkbox label={t('inspections.form.inProgramme')} description={hasProgramme ? undefined : t('inspections.form.noProgramme')} checked={d.inProgramme} disabled={!hasProgramme} onChange={(e) => set({ inProgramme: e.currentTarget.checked })} />
      <Select label={t('inspections.form.kind')} data={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`inspections.kind.${k}`) }))} value={d.kind} onChange={(k) => k && set({ kind: k as InspectionKind })} allowDeselect={false} required />
      <OrgPicker label={t('inspections.form.target')} description={t('inspections.form.targetHint')} value={d.targetOrgId} excludeIds={[orgId]} required onChange={(id) => set({ targetOrgId: id, targetPersonId: null })} error={err('targetOrgId')} />
      <PersonPicker label={t('inspections.form.person')} description={t('inspections.form.personHint')} value={d.targetPersonId} onChange={(id) => set({ targetPersonId: id })} error={err('targetPersonId')} />
      <TextInput label={t('inspections.form.visitTitle')} value={d.title} onChange={(e) => set({ title: e.currentTarget.value })} required minLength={5} maxLength={300} error={err('title')} />
      <Textarea label={t('inspections.form.scope')} value={d.scope} onChange={(e) => set({ scope: e.currentTarget.value })} required minLength={5} autosize minRows={2} error={err('scope')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('inspections.form.team')} value={d.team} onChange={(e) => set({ team: e.currentTarget.value })} required minLength={2} error={err('team')} />
        <TextInput type="date" label={t('inspections.form.plannedOn')} value={d.plannedOn} onChange={(e) => set({ plannedOn: e.currentTarget.value })} required error={err('plannedOn')} />
      </SimpleGrid>
      <Checkbox label={t('inspections.form.drawCriteria')} description={t('inspections.form.drawCriteriaHint')} checked={d.drawCriteria} onChange={(e) => set({ drawCriteria: e.currentTarget.checked })} />
      <Textarea label={t('inspections.form.points')} description={t('inspections.form.pointsHint')} value={d.points} onChange={(e) => set({ points: e.currentTarget.value })} autosize minRows={2} error={err('points')} />
    </FormModal>
  )
}
