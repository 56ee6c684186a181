// "Giới thiệu gương điển hình" (no account): the commune (the public feedback form's list, searchable without
// diacritics), what kind of model, its name and why, then the optional name and contact with the privacy note; then a
// thank-you. The server checks everything again (plain text, lengths, the contact's form, one a day per title).
import { Alert, Button, Fieldset, Group, Radio, Select, Stack, Text, TextInput, Textarea, Title, type ComboboxItem, type OptionsFilter } from '@mantine/core'
import { IconAlertTriangle, IconSend } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../../api/client.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { formatNumber } from '../../../components/format.ts'
import { fieldError } from '../../../components/forms.ts'
import { Loading } from '../../../components/Loading.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { fold } from '../../feedback/draft.ts'
import { useFeedbackOptions } from '../../feedback/publicApi.ts'
import { SHOWCASE_PATH } from '../paths.ts'
import { KIND_VALUES, useSuggestModelMutation, type ModelKind, type SuggestionReceipt } from './publicApi.ts'
import { DESCRIPTION, EMPTY_SUGGESTION, SUGGEST_FIELDS, suggestProblems, TITLE, toSuggestion, type SuggestDraft, type SuggestProblems } from './suggestDraft.ts'

const foldedFilter: OptionsFilter = ({ options, search }) => {
  const term = fold(search)
  return term ? (options as ComboboxItem[]).filter((o) => fold(o.label).includes(term)) : options
}

function SubmitError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (isApiError(error) && error.status === 429) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('errors.actionFailed')}>
        {t('showcase.suggest.tooMany')}
      </Alert>
    )
  }
  return <FormError error={error} fields={SUGGEST_FIELDS} />
}

function SuggestForm({ onSent }: { onSent: (receipt: SuggestionReceipt) => void }) {
  const { t } = useTranslation()
  const options = useFeedbackOptions()
  const submit = useSuggestModelMutation()
  const [draft, setDraft] = useState(EMPTY_SUGGESTION)
  const [problems, setProblems] = useState<SuggestProblems>({})
  const set = (patch: Partial<SuggestDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const errorProps = { role: 'alert' }

  if (options.isPending) return <Loading />
  if (options.error) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const found = suggestProblems(draft, t)
    setProblems(found)
    if (Object.keys(found).length > 0) return
    submit.mutate(toSuggestion(draft), { onSuccess: onSent })
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="suggest-title">
      <Stack gap="lg">
        <Select
          label={t('showcase.suggest.commune')}
          placeholder={t('showcase.suggest.communePlaceholder')}
          data={options.data.communes.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.communeId}
          onChange={(communeId) => set({ communeId })}
          searchable
          filter={foldedFilter}
          nothingFoundMessage={t('showcase.suggest.communeNothing')}
          required
          allowDeselect={false}
          size="lg"
          error={problems.communeId ?? fieldError(submit.error, 'communeId')}
          errorProps={errorProps}
        />
        <Radio.Group label={t('showcase.suggest.kind')} value={draft.kind} onChange={(kind) => set({ kind: kind as ModelKind })} required size="lg" error={fieldError(submit.error, 'kind')}>
          <Group gap="lg" mt="xs">
            {KIND_VALUES.map((k) => (
              <Radio key={k} value={k} label={t(`showcase.kind.${k}`)} size="md" />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t('showcase.suggest.what')}
          description={t('showcase.suggest.whatHint')}
          value={draft.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          required
          maxLength={TITLE.max}
          size="lg"
          error={problems.title ?? fieldError(submit.error, 'title')}
          errorProps={errorProps}
        />
        <Stack gap={4}>
          <Textarea
            label={t('showcase.suggest.description')}
            description={t('showcase.suggest.descriptionHint')}
            value={draft.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            required
            autosize
            minRows={5}
            maxRows={14}
            maxLength={DESCRIPTION.max}
            size="lg"
            error={problems.description ?? fieldError(submit.error, 'description')}
            errorProps={errorProps}
          />
          <Text size="sm" ta="right" aria-hidden>
            {t('showcase.suggest.counter', { n: formatNumber(draft.description.trim().length) })}
          </Text>
        </Stack>
        <Fieldset legend={t('showcase.suggest.contactGroup')} variant="unstyled">
          <Stack gap="sm">
            <Text size="sm">{t('showcase.suggest.privacy')}</Text>
            <TextInput
              label={t('showcase.suggest.name')}
              value={draft.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              autoComplete="name"
              maxLength={120}
              size="lg"
              error={fieldError(submit.error, 'suggesterName')}
              errorProps={errorProps}
            />
            <TextInput
              label={t('showcase.suggest.contact')}
              value={draft.contact}
              onChange={(e) => set({ contact: e.currentTarget.value })}
              autoComplete="email"
              maxLength={200}
              size="lg"
              error={fieldError(submit.error, 'suggesterContact')}
              errorProps={errorProps}
            />
          </Stack>
        </Fieldset>
        <SubmitError error={submit.error} />
        <Button type="submit" size="lg" fullWidth loading={submit.isPending} leftSection={<IconSend size={22} aria-hidden />}>
          {t('showcase.suggest.submit')}
        </Button>
      </Stack>
    </form>
  )
}

export function SuggestModelPage() {
  const { t } = useTranslation()
  usePageTitle(t('showcase.suggest.title'))
  const [receipt, setReceipt] = useState<SuggestionReceipt | null>(null)
  // A new form after sending: a fresh key empties every field.
  const [round, setRound] = useState(0)

  if (receipt) {
    return (
      <Stack gap="md" role="status">
        <Title order={1}>{t('showcase.suggest.thanksTitle')}</Title>
        <Text>{t('showcase.suggest.thanks', { commune: receipt.commune })}</Text>
        <Group gap="sm">
          <Button component={Link} to={SHOWCASE_PATH} size="lg">
            {t('showcase.suggest.back')}
          </Button>
          <Button variant="default" size="lg" onClick={() => { setReceipt(null); setRound((n) => n + 1) }}>
            {t('showcase.suggest.another')}
          </Button>
        </Group>
      </Stack>
    )
  }
  return (
    <>
      <Title order={1} id="suggest-title">
        {t('showcase.suggest.title')}
      </Title>
      <Text>{t('showcase.suggest.intro')}</Text>
      <SuggestForm key={round} onSent={setReceipt} />
    </>
  )
}
