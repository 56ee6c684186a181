// One grant: a role, an organization, and whether it covers the subtree or the unit only.
import { Group, Radio, Select, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { GrantScope, Role } from '../../../../common/contracts/enums.ts'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { fieldError } from '../../../components/forms.ts'
import { ROLE_VALUES, SCOPE_VALUES, useLabels } from '../../../components/labels.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import type { GrantInput } from '../api.ts'

export interface GrantFormValues {
  role: Role | null
  org: OrganizationSummary | null
  scope: GrantScope
}

export const newGrantForm = (): GrantFormValues => ({ role: null, org: null, scope: 'subtree' })

export function grantBody(v: GrantFormValues): GrantInput | null {
  return v.role && v.org ? { role: v.role, organizationId: v.org.id, scope: v.scope } : null
}

/** `prefix` maps server field paths, e.g. 'grants.0.' inside the create form. */
export function GrantFields({ values, onChange, error, prefix = '', showMissing = false }: {
  values: GrantFormValues
  onChange: (values: GrantFormValues) => void
  error: unknown
  prefix?: string
  /** After a submit with this grant half filled: say which part is missing. */
  showMissing?: boolean
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const missing = (empty: boolean) => (showMissing && empty ? t('common.required') : undefined)
  return (
    <Stack gap="sm">
      <Select<Role>
        label={t('accounts.role')}
        required
        data={labels.options(ROLE_VALUES, labels.role)}
        value={values.role}
        onChange={(role) => onChange({ ...values, role })}
        error={fieldError(error, `${prefix}role`) ?? missing(!values.role)}
      />
      <OrgPicker
        required
        value={values.org?.id ?? null}
        selected={values.org}
        onChange={(_, org) => onChange({ ...values, org })}
        error={fieldError(error, `${prefix}organizationId`) ?? missing(!values.org)}
      />
      <Radio.Group
        label={t('accounts.scope')}
        value={values.scope}
        onChange={(scope) => onChange({ ...values, scope: scope === 'unit' ? 'unit' : 'subtree' })}
        error={fieldError(error, `${prefix}scope`)}
      >
        <Group gap="lg" mt="xs">
          {SCOPE_VALUES.map((scope) => (
            <Radio key={scope} value={scope} label={labels.scope(scope)} size="md" />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  )
}
