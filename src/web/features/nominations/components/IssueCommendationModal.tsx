// "Ra quyết định khen thưởng": at a level I hold (one that may issue), for a year, the nominations waiting there to
// choose from, the decision's number and date, the form of commendation (only those the level may give), what is
// commended and the signer. The server checks every rule again (a refusal shows here).
import { Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { useMe } from '../../../api/session.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useIssueCommendationMutation, useNominations, type CommendationDetail } from '../api.ts'
import { issuingUnits, yearChoices } from '../paths.ts'

const errorProps = { role: 'alert' }

function Waiting({ level, year, chosen, onChange, error }: { level: string; year: number; chosen: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation()
  const list = useNominations({ box: 'at', org: level, year, status: 'in_review' })
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) return <Text>{t('nominations.issue.none', { year })}</Text>
  return (
    <Checkbox.Group label={t('nominations.issue.pick')} value={chosen} onChange={onChange} error={error} errorProps={errorProps} required>
      <Stack gap="xs" mt="xs">
        {items.map((n) => (
          <Checkbox
            key={n.id}
            value={n.id}
            label={`${n.model.personName ? `${n.model.personName} — ` : ''}${n.model.title} (${n.model.unit.name})`}
            description={t('nominations.inbox.by', { name: n.nominatedBy.name })}
            aria-label={t('nominations.issue.choose', { title: n.model.title, unit: n.model.unit.name })}
          />
        ))}
      </Stack>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </Checkbox.Group>
  )
}

export function IssueCommendationModal({ defaultLevel, defaultYear, defaultNomination, onClose }: {
  defaultLevel: string | null
  defaultYear: number
  defaultNomination: string | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const me = useMe()
  const units = issuingUnits(me.grants)
  const mutation = useIssueCommendationMutation()
  const [level, setLevel] = useState<string | null>(units.find((u) => u.org.id === defaultLevel)?.org.id ?? units[0]?.org.id ?? null)
  const [year, setYear] = useState(defaultYear)
  const [chosen, setChosen] = useState<string[]>(defaultNomination ? [defaultNomination] : [])
  const forms = units.find((u) => u.org.id === level)?.forms ?? []
  const [form, setForm] = useState<string | null>(forms[0] ?? null)
  const [number, setNumber] = useState('')
  const [signedOn, setSignedOn] = useState(todayIso())
  const [title, setTitle] = useState(t('nominations.issue.titleDefault', { year: defaultYear }))
  const [signerName, setSignerName] = useState('')
  const [signerTitle, setSignerTitle] = useState(t('nominations.issue.signerTitleDefault'))
  const [problems, setProblems] = useState<Record<string, string>>({})

  function chooseLevel(id: string | null) {
    setLevel(id)
    setChosen([])
    setForm(units.find((u) => u.org.id === id)?.forms[0] ?? null)
  }

  function chooseYear(value: number) {
    if (title === t('nominations.issue.titleDefault', { year })) setTitle(t('nominations.issue.titleDefault', { year: value }))
    setYear(value)
    setChosen([])
  }

  function onSubmit() {
    const required = t('nominations.issue.required')
    const found: Record<string, string> = {}
    if (chosen.length === 0) found.nominationIds = t('nominations.issue.pickOne')
    if (!/^\d{1,6}$/.test(number.trim())) found.number = t('nominations.issue.numberHint')
    for (const [key, value] of Object.entries({ signedOn, title, signerName, signerTitle })) if (!value.trim()) found[key] = required
    setProblems(found)
    if (Object.keys(found).length || !level || !form) return
    mutation.mutate(
      { organizationId: level, year, number: number.trim(), signedOn, form: form as 'certificate' | 'diploma', title: title.trim(), signerName: signerName.trim(), signerTitle: signerTitle.trim(), nominationIds: chosen },
      notifyAndClose((d: CommendationDetail) => t('nominations.issue.done', { number: d.number }), () => onClose()),
    )
  }

  const err = (field: string) => problems[field] ?? fieldError(mutation.error, field)
  return (
    <FormModal title={t('nominations.issue.title')} size="xl" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['organizationId', 'year', 'number', 'signedOn', 'form', 'title', 'signerName', 'signerTitle', 'nominationIds']} submitLabel={t('nominations.issue.submit')} submitColor="teal">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select label={t('nominations.issue.level')} data={units.map((u) => ({ value: u.org.id, label: u.org.name }))} value={level} onChange={chooseLevel} allowDeselect={false} required w={{ base: '100%', sm: 360 }} error={err('organizationId')} errorProps={errorProps} />
        <Select label={t('nominations.issue.year')} data={yearChoices(new Date().getFullYear(), year).map(String)} value={String(year)} onChange={(v) => v && chooseYear(Number(v))} allowDeselect={false} required w={180} error={err('year')} errorProps={errorProps} />
      </Group>
      {level && <Waiting level={level} year={year} chosen={chosen} onChange={setChosen} error={err('nominationIds')} />}
      <Group gap="md" align="flex-start" wrap="wrap">
        <TextInput label={t('nominations.issue.number')} description={t('nominations.issue.numberHint')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} inputMode="numeric" maxLength={6} required maw="14rem" error={err('number')} errorProps={errorProps} />
        <TextInput type="date" label={t('nominations.issue.signedOn')} value={signedOn} onChange={(e) => setSignedOn(e.currentTarget.value)} required maw="14rem" error={err('signedOn')} errorProps={errorProps} />
        <Select label={t('nominations.issue.form')} data={forms.map((f) => ({ value: f, label: t(`nominations.form.${f}`) }))} value={form} onChange={setForm} allowDeselect={false} required w={{ base: '100%', sm: 300 }} error={err('form')} errorProps={errorProps} />
      </Group>
      <TextInput label={t('nominations.issue.titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={300} required error={err('title')} errorProps={errorProps} />
      <Group gap="md" align="flex-start" wrap="wrap" grow>
        <TextInput label={t('nominations.issue.signerName')} value={signerName} onChange={(e) => setSignerName(e.currentTarget.value)} maxLength={120} required error={err('signerName')} errorProps={errorProps} />
        <TextInput label={t('nominations.issue.signerTitle')} value={signerTitle} onChange={(e) => setSignerTitle(e.currentTarget.value)} maxLength={120} required error={err('signerTitle')} errorProps={errorProps} />
      </Group>
    </FormModal>
  )
}
