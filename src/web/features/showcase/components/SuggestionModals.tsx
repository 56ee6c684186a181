// The two steps on a citizen's suggestion: accept it as a draft model of a unit in its commune (the kind asked again;
// a person needs someone placed in that unit), or decline it with a note kept inside.
import { Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { PersonPicker } from '../../../components/PersonPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useAcceptSuggestionMutation, useDeclineSuggestionMutation, type SuggestionItem } from '../api.ts'
import { AREA_VALUES, KIND_VALUES, type ModelArea, type ModelKind } from '../public/publicApi.ts'

const ACCEPT_FIELDS = ['organizationId', 'kind', 'area', 'personId', 'title', 'summary'] as const

export function AcceptSuggestionModal({ suggestion, onClose }: { suggestion: SuggestionItem; onClose: () => void }) {
  const { t } = useTranslation()
  const accept = useAcceptSuggestionMutation(suggestion.id)
  const commune = useOrganization(suggestion.commune.id)
  const [unit, setUnit] = useState<string | null>(suggestion.commune.id)
  const [picked, setPicked] = useState<OrganizationSummary | null>(null)
  const [kind, setKind] = useState<ModelKind>(suggestion.kind)
  const [area, setArea] = useState<ModelArea | null>(null)
  const [person, setPerson] = useState<string | null>(null)
  const [title, setTitle] = useState(suggestion.title)
  const [summary, setSummary] = useState('')
  const [missing, setMissing] = useState(false)
  const error = accept.error

  function submit() {
    if (!unit || !area) {
      setMissing(true)
      return
    }
    accept.mutate(
      { organizationId: unit, kind, area, personId: kind === 'person' ? (person ?? undefined) : undefined, title: optionalText(title), summary: optionalText(summary) },
      notifyAndClose((item: SuggestionItem) => t('showcase.moderation.accepted', { title: item.model?.title ?? title }), onClose),
    )
  }

  return (
    <FormModal
      title={t('showcase.moderation.acceptTitle', { title: suggestion.title })}
      onClose={onClose}
      onSubmit={submit}
      pending={accept.isPending}
      error={error}
      fields={ACCEPT_FIELDS}
      submitLabel={t('showcase.moderation.accept')}
      intro={<Text>{t('showcase.moderation.acceptIntro', { commune: suggestion.commune.name })}</Text>}
      size="lg"
    >
      <Stack gap="md">
        <OrgPicker
          label={t('showcase.moderation.unitLabel')}
          value={unit}
          selected={unit === suggestion.commune.id ? (commune.data ?? null) : picked}
          onChange={(id, org) => {
            setUnit(id)
            setPicked(org)
          }}
          required
          error={(missing && !unit ? t('showcase.suggest.required') : undefined) ?? fieldError(error, 'organizationId')}
        />
        <Select
          label={t('showcase.moderation.kindLabel')}
          data={KIND_VALUES.map((k) => ({ value: k, label: t(`showcase.kind.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as ModelKind)}
          allowDeselect={false}
          required
          error={fieldError(error, 'kind')}
        />
        <Select
          label={t('showcase.moderation.areaLabel')}
          data={AREA_VALUES.map((a) => ({ value: a, label: t(`showcase.areaLong.${a}`) }))}
          value={area}
          onChange={(v) => setArea(v as ModelArea | null)}
          required
          error={(missing && !area ? t('showcase.suggest.required') : undefined) ?? fieldError(error, 'area')}
        />
        {kind === 'person' && (
          <PersonPicker label={t('showcase.moderation.personLabel')} value={person} onChange={(id) => setPerson(id)} required error={fieldError(error, 'personId')} />
        )}
        <TextInput label={t('showcase.moderation.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} required error={fieldError(error, 'title')} />
        <Textarea
          label={t('showcase.moderation.summaryLabel')}
          description={t('showcase.moderation.summaryHint')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
          error={fieldError(error, 'summary')}
        />
      </Stack>
    </FormModal>
  )
}

export function DeclineSuggestionModal({ suggestion, onClose }: { suggestion: SuggestionItem; onClose: () => void }) {
  const { t } = useTranslation()
  const decline = useDeclineSuggestionMutation(suggestion.id)
  const [note, setNote] = useState('')
  return (
    <FormModal
      title={t('showcase.moderation.declineTitle', { title: suggestion.title })}
      onClose={onClose}
      onSubmit={() => decline.mutate({ note: note.trim() }, notifyAndClose(t('showcase.moderation.declined'), onClose))}
      pending={decline.isPending}
      error={decline.error}
      fields={['note']}
      submitLabel={t('showcase.moderation.decline')}
      submitColor="red"
    >
      <Textarea
        label={t('showcase.moderation.declineNote')}
        description={t('showcase.moderation.declineHint')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={1000}
        required
        data-autofocus
        error={fieldError(decline.error, 'note')}
      />
    </FormModal>
  )
}
