// The top level's quota: the share, where it is counted, whether exceptions are allowed; and the sentence it makes.
import { Checkbox, Group, NumberInput, Select, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QUOTA_SCOPE_VALUES, useLabels, type QuotaScope } from '../../../../components/labels.ts'
import { QuotaSentence } from '../RuleSetView.tsx'
import type { ErrorAt } from './CriteriaEditor.tsx'
import type { QuotaDraft } from './draft.ts'

export function QuotaEditor({ quota, onChange, errorAt }: { quota: QuotaDraft; onChange: (quota: QuotaDraft) => void; errorAt: ErrorAt }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <Stack gap="sm" component="section" aria-labelledby="edit-quota">
      <Title order={2} id="edit-quota">
        {t('rules.quota')}
      </Title>
      <Group align="flex-start" gap="md" wrap="wrap">
        <NumberInput
          label={t('rules.quotaPercent')}
          required
          w={{ base: '100%', xs: '12rem' }}
          min={0}
          max={100}
          decimalScale={1}
          decimalSeparator=","
          value={quota.percent}
          onChange={(v) => onChange({ ...quota, percent: typeof v === 'number' ? v : '' })}
          error={errorAt('content.quota.percent')}
        />
        <Select<QuotaScope>
          label={t('rules.quotaScope')}
          required
          style={{ flex: '1 1 18rem' }}
          data={labels.options(QUOTA_SCOPE_VALUES, labels.quotaScope)}
          value={quota.scope}
          onChange={(scope) => scope && onChange({ ...quota, scope })}
          allowDeselect={false}
          error={errorAt('content.quota.scope')}
        />
      </Group>
      <Checkbox
        label={t('rules.quotaExceptions')}
        checked={quota.exceptionsAllowed}
        onChange={(e) => onChange({ ...quota, exceptionsAllowed: e.currentTarget.checked })}
        error={errorAt('content.quota.exceptionsAllowed')}
      />
      <QuotaSentence quota={quota} />
    </Stack>
  )
}
