// What creating and editing a unit share: name, code and kind; and the optional date a change takes effect.
import { Select, TextInput, type TextInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrgKind } from '../../../../common/contracts/enums.ts'
import { fieldError } from '../../../components/forms.ts'
import { ORG_KIND_VALUES, useLabels } from '../../../components/labels.ts'

export interface OrgFormValues {
  name: string
  code: string
  kind: OrgKind | null
}

export const ORG_FIELDS = ['name', 'code', 'kind'] as const

/** Name (focused first), code and kind; the kind cannot be cleared once chosen. */
export function OrgFields({ values, onChange, error }: { values: OrgFormValues; onChange: (values: OrgFormValues) => void; error: unknown }) {
  const { t } = useTranslation()
  const labels = useLabels()
  return (
    <>
      <TextInput
        label={t('org.name')}
        required
        value={values.name}
        onChange={(e) => onChange({ ...values, name: e.currentTarget.value })}
        error={fieldError(error, 'name')}
        data-autofocus
      />
      <TextInput
        label={t('org.code')}
        description={t('org.create.codeHint')}
        required
        autoCapitalize="none"
        spellCheck={false}
        value={values.code}
        onChange={(e) => onChange({ ...values, code: e.currentTarget.value })}
        error={fieldError(error, 'code')}
      />
      <Select<OrgKind>
        label={t('org.kind')}
        required
        data={labels.options(ORG_KIND_VALUES, labels.orgKind)}
        value={values.kind}
        onChange={(kind) => kind && onChange({ ...values, kind })}
        allowDeselect={false}
        error={fieldError(error, 'kind')}
      />
    </>
  )
}

/** A date input for when a change takes effect; empty means today. The label can be replaced. */
export function EffectiveDateInput(props: TextInputProps) {
  const { t } = useTranslation()
  return <TextInput type="date" label={t('common.effectiveDate')} description={t('common.effectiveDateHint')} {...props} />
}
