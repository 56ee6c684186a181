// The fields of a case, shared by the public form and the office's form: topic, commune (searchable, diacritics
// optional), content with its counter, "send anonymously" and the optional contact seen only by the handling unit.
import { Checkbox, Fieldset, Select, Stack, Text, TextInput, Textarea, type ComboboxItem, type OptionsFilter } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { fieldError } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import type { FeedbackOptions } from '../publicApi.ts'
import { CONTENT_MAX, CONTENT_MIN, fold, type DraftProblems, type FeedbackDraft } from '../draft.ts'

const foldedFilter: OptionsFilter = ({ options, search }) => {
  const term = fold(search)
  if (!term) return options
  return (options as ComboboxItem[]).filter((o) => fold(o.label).includes(term))
}

export function FeedbackFields({ draft, onChange, options, problems, error }: {
  draft: FeedbackDraft
  onChange: (next: FeedbackDraft) => void
  options: FeedbackOptions
  problems: DraftProblems
  /** The last submit's failure, for the server's messages beside the fields. */
  error: unknown
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<FeedbackDraft>) => onChange({ ...draft, ...patch })
  const category = options.categories.find((c) => c.id === draft.categoryId)
  const errorProps = { role: 'alert' }
  const length = draft.content.trim().length

  return (
    <Stack gap="md">
      <Select
        label={t('feedback.fields.category')}
        placeholder={t('feedback.fields.categoryPlaceholder')}
        description={category ? t('feedback.fields.categoryHint', { days: category.handlingDays }) : undefined}
        data={options.categories.map((c) => ({ value: c.id, label: c.name }))}
        value={draft.categoryId}
        onChange={(categoryId) => set({ categoryId })}
        required
        allowDeselect={false}
        size="lg"
        error={problems.categoryId ?? fieldError(error, 'categoryId')}
        errorProps={errorProps}
      />
      <Select
        label={t('feedback.fields.commune')}
        placeholder={t('feedback.fields.communePlaceholder')}
        data={options.communes.map((c) => ({ value: c.id, label: c.name }))}
        value={draft.communeId}
        onChange={(communeId) => set({ communeId })}
        searchable
        filter={foldedFilter}
        nothingFoundMessage={t('feedback.fields.communeNothing')}
        required
        allowDeselect={false}
        size="lg"
        error={problems.communeId ?? fieldError(error, 'communeId')}
        errorProps={errorProps}
      />
      <Stack gap={4}>
        <Textarea
          label={t('feedback.fields.content')}
          description={t('feedback.fields.contentHint')}
          value={draft.content}
          onChange={(e) => set({ content: e.currentTarget.value })}
          required
          autosize
          minRows={5}
          maxRows={14}
          maxLength={CONTENT_MAX}
          size="lg"
          error={problems.content ?? fieldError(error, 'content')}
          errorProps={errorProps}
        />
        <Text size="sm" c={length < CONTENT_MIN ? 'dimmed' : undefined} ta="right" aria-hidden>
          {t('feedback.fields.counter', { n: formatNumber(length) })}
        </Text>
      </Stack>
      <Checkbox
        label={t('feedback.fields.anonymous')}
        description={draft.anonymous ? t('feedback.fields.anonymousOn') : t('feedback.fields.anonymousOff')}
        checked={draft.anonymous}
        onChange={(e) => set({ anonymous: e.currentTarget.checked })}
        size="lg"
        error={fieldError(error, 'anonymous')}
      />
      {!draft.anonymous && (
        <Fieldset legend={t('feedback.fields.contactGroup')} variant="unstyled">
          <Stack gap="sm">
            <Text size="sm">
              {t('feedback.fields.contactNote')}
            </Text>
            <TextInput
              label={t('feedback.fields.name')}
              value={draft.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              autoComplete="name"
              maxLength={120}
              size="lg"
              error={fieldError(error, 'name')}
              errorProps={errorProps}
            />
            <TextInput
              label={t('feedback.fields.phone')}
              type="tel"
              inputMode="tel"
              value={draft.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              autoComplete="tel"
              maxLength={30}
              size="lg"
              error={fieldError(error, 'phone')}
              errorProps={errorProps}
            />
            <TextInput
              label={t('feedback.fields.email')}
              type="email"
              inputMode="email"
              value={draft.email}
              onChange={(e) => set({ email: e.currentTarget.value })}
              autoComplete="email"
              maxLength={200}
              size="lg"
              error={fieldError(error, 'email')}
              errorProps={errorProps}
            />
          </Stack>
        </Fieldset>
      )}
    </Stack>
  )
}
