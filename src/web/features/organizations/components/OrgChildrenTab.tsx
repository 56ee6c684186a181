import { Group, Stack, Switch, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { ExportButton } from '../../exports/components/ExportButton.tsx'
import { useOrganizationChildren } from '../api.ts'
import { OrgTree } from './OrgTree.tsx'

export function OrgChildrenTab({ org }: { org: Organization }) {
  const { t } = useTranslation()
  const [includeInactive, setIncludeInactive] = useState(false)
  const children = useOrganizationChildren(org.id, { includeInactive })
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Switch label={t('org.showInactive')} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
        {/* The unit and its whole subtree (what the account may browse of it), in tree order, importable back. */}
        {children.data && children.data.items.length > 0 && (
          <ExportButton list="organizations" params={{ org: org.id, includeInactive: includeInactive ? 'true' : undefined }} />
        )}
      </Group>
      {children.isPending ? (
        <Loading />
      ) : children.error ? (
        <ErrorState error={children.error} onRetry={() => void children.refetch()} />
      ) : children.data.items.length === 0 ? (
        <Text>{t('org.noChildren')}</Text>
      ) : (
        <OrgTree items={children.data.items} includeInactive={includeInactive} />
      )}
    </Stack>
  )
}
