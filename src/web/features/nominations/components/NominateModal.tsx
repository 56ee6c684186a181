// "Đề cử khen thưởng": a model put forward as one of the units I hold (the model's unit or one above it), for a year
// (empty: the current cycle's), with the achievements and reason, and who proposed it (a mass organization by name).
// The nomination's page opens once it is sent.
import { NumberInput, Select, Text, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { NOMINATION_PROPOSERS, type NominationProposer } from '../../../../common/contracts/models.base.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useNominateMutation } from '../api.ts'
import { nominationPath } from '../paths.ts'

const errorProps = { role: 'alert' }

export function NominateModal({ modelId, units, onClose }: { modelId: string; units: { id: string; name: string }[]; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useNominateMutation()
  // The closest unit to the model first: the cell nominates its own.
  const [as, setAs] = useState<string | null>(units.at(-1)?.id ?? null)
  const [year, setYear] = useState<number | ''>('')
  const [reason, setReason] = useState('')
  const [proposer, setProposer] = useState<NominationProposer>('party_unit')
  const [proposerName, setProposerName] = useState('')
  const [problems, setProblems] = useState<Record<string, string>>({})

  function onSubmit() {
    const found: Record<string, string> = {}
    if (reason.trim().length < 10) found.reason = t('nominations.nominate.reasonTooShort')
    if (proposer === 'mass_organization' && proposerName.trim().length < 2) found.proposerName = t('nominations.nominate.proposerNameRequired')
    setProblems(found)
    if (Object.keys(found).length || !as) return
    mutation.mutate(
      {
        modelId, nominatedByOrgId: as, reason: reason.trim(), proposer,
        ...(year === '' ? {} : { year }), ...(proposerName.trim() ? { proposerName: proposerName.trim() } : {}),
      },
      {
        onSuccess: (detail) => {
          notifySuccess(t('nominations.nominate.done'))
          onClose()
          void navigate(nominationPath(detail.id))
        },
      },
    )
  }

  const err = (field: string) => problems[field] ?? fieldError(mutation.error, field)
  return (
    <FormModal title={t('nominations.nominate.title')} intro={<Text>{t('nominations.nominate.intro')}</Text>} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['nominatedByOrgId', 'year', 'reason', 'proposer', 'proposerName', 'modelId']} submitLabel={t('nominations.nominate.submit')}>
      <Select label={t('nominations.nominate.as')} data={units.map((u) => ({ value: u.id, label: u.name }))} value={as} onChange={setAs} allowDeselect={false} required error={err('nominatedByOrgId')} errorProps={errorProps} />
      <NumberInput label={t('nominations.nominate.year')} description={t('nominations.nominate.yearHint')} value={year} onChange={(v) => setYear(typeof v === 'number' ? v : '')} min={2000} max={2200} allowDecimal={false} styles={{ wrapper: { maxWidth: '12rem' } }} error={err('year')} errorProps={errorProps} />
      <Textarea label={t('nominations.nominate.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={4} maxRows={12} maxLength={4000} required error={err('reason')} errorProps={errorProps} data-autofocus />
      <Select label={t('nominations.nominate.proposer')} data={NOMINATION_PROPOSERS.map((p) => ({ value: p, label: t(`nominations.proposer.${p}`) }))} value={proposer} onChange={(v) => v && setProposer(v as NominationProposer)} allowDeselect={false} error={err('proposer')} errorProps={errorProps} />
      {proposer === 'mass_organization' && (
        <TextInput label={t('nominations.nominate.proposerName')} value={proposerName} onChange={(e) => setProposerName(e.currentTarget.value)} maxLength={200} required error={err('proposerName')} errorProps={errorProps} />
      )}
    </FormModal>
  )
}
