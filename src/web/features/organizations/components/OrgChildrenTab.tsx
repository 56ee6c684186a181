import { Stack, Switch, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { useOrganizationChildren } from '../api.ts'
import { OrgTree } from './OrgTree.tsx'

export function OrgChildrenTab({ org }: { org: Organization }) {
  const { t } = useTranslation()
  const [includeInactive, setIncludeInactive] = useState(false)
  const children = useOrganizationChildren(org.id, { includeInactive })
  return (
    <Stack gap="sm">
      <Switch label={t('org.showInactive')} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
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
