// What creating and editing a cycle share: the theme, its kind, issuer and guidance, the three dates, the rule set.
import { Group, Radio, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { fieldError } from '../../../components/forms.ts'
import { THEME_SCOPE_VALUES, useLabels, type ThemeScope } from '../../../components/labels.ts'
import { useRuleSets } from '../../rules/api.ts'

export interface CycleFormValues {
  themeTitle: string
  themeScope: ThemeScope
  themeIssuer: string
  guidanceDocument: string
  registrationDeadline: string
  midyearReviewDate: string
  yearendReviewDate: string
  /** null: the server picks the published rule set in force on 1 January of the year. */
  ruleSetId: string | null
}

export const DATE_KEYS = ['registrationDeadline', 'midyearReviewDate', 'yearendReviewDate'] as const
export const CYCLE_FIELDS: readonly string[] = ['themeTitle', 'themeScope', 'themeIssuer', 'guidanceDocument', ...DATE_KEYS, 'ruleSetId']

/** Published rule sets (and the cycle's own, whatever its status), newest first as the server lists them. */
function RuleSetSelect({ value, onChange, current, locked, error }: {
  value: string | null
  onChange: (value: string | null) => void
  current?: { id: string; code: string; name: string }
  locked: boolean
  error?: string
}) {
  const { t } = useTranslation()
  const ruleSets = useRuleSets()
  const items = (ruleSets.data?.items ?? []).filter((r) => r.status === 'published' || r.id === current?.id)
  const data = items.map((r) => ({ value: r.id, label: `${r.name} (${r.code})` }))
  if (current && !data.some((d) => d.value === current.id)) data.unshift({ value: current.id, label: `${current.name} (${current.code})` })
  return (
    <Select
      label={t('cycles.ruleSet')}
      description={locked ? t('cycles.ruleSetLocked') : t('cycles.ruleSetHint')}
      disabled={locked}
      placeholder={current ? undefined : t('cycles.ruleSetDefault')}
      data={data}
      value={value}
      onChange={onChange}
      clearable={!current}
      allowDeselect={!current}
      clearButtonProps={{ 'aria-label': t('common.clearChoice') }}
      error={error ?? (ruleSets.error instanceof Error ? ruleSets.error.message : undefined)}
    />
  )
}

export function CycleFields({ values, onChange, error, currentRuleSet, ruleSetLocked = false, autoFocus = true }: {
  values: CycleFormValues
  onChange: (values: CycleFormValues) => void
  error: unknown
  /** Editing: the cycle's rule set (cannot be cleared, only replaced). */
  currentRuleSet?: { id: string; code: string; name: string }
  /** Once the cycle is under way its rule set stays. */
  ruleSetLocked?: boolean
  autoFocus?: boolean
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const set = <K extends keyof CycleFormValues>(key: K, value: CycleFormValues[K]) => onChange({ ...values, [key]: value })
  return (
    <>
      <Textarea
        label={t('cycles.themeTitle')}
        description={t('cycles.themeTitleHint')}
        required
        autosize
        minRows={3}
        maxRows={8}
        value={values.themeTitle}
        onChange={(e) => set('themeTitle', e.currentTarget.value)}
        error={fieldError(error, 'themeTitle')}
        data-autofocus={autoFocus || undefined}
      />
      <Radio.Group
        label={t('cycles.themeScope')}
        required
        value={values.themeScope}
        onChange={(v) => set('themeScope', v as ThemeScope)}
        error={fieldError(error, 'themeScope')}
      >
        <Group gap="lg" mt="xs">
          {THEME_SCOPE_VALUES.map((scope) => (
            <Radio key={scope} value={scope} label={labels.themeScope(scope)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={t('cycles.themeIssuer')}
        description={t('cycles.themeIssuerHint')}
        value={values.themeIssuer}
        onChange={(e) => set('themeIssuer', e.currentTarget.value)}
        error={fieldError(error, 'themeIssuer')}
      />
      <TextInput
        label={t('cycles.guidanceDocument')}
        description={t('cycles.guidanceDocumentHint')}
        value={values.guidanceDocument}
        onChange={(e) => set('guidanceDocument', e.currentTarget.value)}
        error={fieldError(error, 'guidanceDocument')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {DATE_KEYS.map((key) => (
          <TextInput
            key={key}
            type="date"
            label={t(`cycles.${key}`)}
            required
            value={values[key]}
            onChange={(e) => set(key, e.currentTarget.value)}
            error={fieldError(error, key)}
          />
        ))}
      </SimpleGrid>
      <RuleSetSelect value={values.ruleSetId} onChange={(v) => set('ruleSetId', v)} current={currentRuleSet} locked={ruleSetLocked} error={fieldError(error, 'ruleSetId')} />
    </>
  )
}
