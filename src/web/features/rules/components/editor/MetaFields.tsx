// Name, source document and dates of a draft rule set (its code never changes).
import { SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ErrorAt } from './CriteriaEditor.tsx'
import type { RuleSetDraft } from './draft.ts'

type Meta = Pick<RuleSetDraft, 'name' | 'sourceDocument' | 'effectiveFrom' | 'effectiveTo'>

export function MetaFields({ values, onChange, errorAt }: { values: Meta; onChange: (values: Meta) => void; errorAt: ErrorAt }) {
  const { t } = useTranslation()
  const set = (key: keyof Meta, value: string) => onChange({ ...values, [key]: value })
  return (
    <Stack gap="sm" component="section" aria-labelledby="edit-details">
      <Title order={2} id="edit-details">
        {t('rules.details')}
      </Title>
      <TextInput label={t('rules.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errorAt('name')} />
      <TextInput
        label={t('rules.sourceDocument')}
        description={t('rules.sourceDocumentHint')}
        value={values.sourceDocument}
        onChange={(e) => set('sourceDocument', e.currentTarget.value)}
        error={errorAt('sourceDocument')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('rules.effectiveFrom')}
          required
          value={values.effectiveFrom}
          onChange={(e) => set('effectiveFrom', e.currentTarget.value)}
          error={errorAt('effectiveFrom')}
        />
        <TextInput
          type="date"
          label={t('rules.effectiveTo')}
          description={t('rules.effectiveToHint')}
          value={values.effectiveTo}
          onChange={(e) => set('effectiveTo', e.currentTarget.value)}
          error={errorAt('effectiveTo')}
        />
      </SimpleGrid>
    </Stack>
  )
}
