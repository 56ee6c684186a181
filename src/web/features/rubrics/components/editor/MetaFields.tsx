// Name, source document and dates of a draft rubric (its code never changes).
import { SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RubricDraft } from './draft.ts'

export type ErrorAt = (path: string) => string | undefined
type Meta = Pick<RubricDraft, 'name' | 'sourceDocument' | 'effectiveFrom' | 'effectiveTo'>

const errorProps = { role: 'alert' }

export function MetaFields({ values, onChange, errorAt }: { values: Meta; onChange: (values: Meta) => void; errorAt: ErrorAt }) {
  const { t } = useTranslation()
  const set = (key: keyof Meta, value: string) => onChange({ ...values, [key]: value })
  return (
    <Stack gap="sm" component="section" aria-labelledby="rubric-edit-details">
      <Title order={2} id="rubric-edit-details">
        {t('rubrics.details')}
      </Title>
      <TextInput label={t('rubrics.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errorAt('name')} errorProps={errorProps} />
      <TextInput
        label={t('rubrics.sourceDocument')}
        description={t('rubrics.sourceDocumentHint')}
        value={values.sourceDocument}
        onChange={(e) => set('sourceDocument', e.currentTarget.value)}
        error={errorAt('sourceDocument')}
        errorProps={errorProps}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('rubrics.effectiveFrom')}
          required
          value={values.effectiveFrom}
          onChange={(e) => set('effectiveFrom', e.currentTarget.value)}
          error={errorAt('effectiveFrom')}
          errorProps={errorProps}
        />
        <TextInput
          type="date"
          label={t('rubrics.effectiveTo')}
          description={t('rubrics.effectiveToHint')}
          value={values.effectiveTo}
          onChange={(e) => set('effectiveTo', e.currentTarget.value)}
          error={errorAt('effectiveTo')}
          errorProps={errorProps}
        />
      </SimpleGrid>
    </Stack>
  )
}
