import { Anchor, Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgStatus } from '../../../../common/contracts/enums.ts'
import { formatDate } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'

/** "Đã sáp nhập vào X" (a link to X) or "Đã giải thể"; nothing for an active unit. Text, never colour alone. */
export function OrgStatusBadge({ status, mergedInto, validTo }: {
  status: OrgStatus
  mergedInto?: { id: string; name: string } | null
  validTo?: string | null
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  if (status === 'active') return null
  const since = validTo ? ` (${formatDate(validTo)})` : ''
  return (
    <Group gap="xs">
      <Badge color={status === 'merged' ? 'blue' : 'gray'} variant="filled">
        {labels.orgStatus(status)}
        {since}
      </Badge>
      {status === 'merged' && mergedInto && (
        <Anchor component={Link} to={`/to-chuc/${mergedInto.id}`}>
          {t('orgStatus.mergedInto', { name: mergedInto.name })}
        </Anchor>
      )}
    </Group>
  )
}
