import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function AccountStatusBadge({ status }: { status: 'active' | 'disabled' }) {
  const { t } = useTranslation()
  return (
    <Badge variant="filled" color={status === 'active' ? 'teal' : 'gray'}>
      {status === 'active' ? t('accounts.active') : t('accounts.disabled')}
    </Badge>
  )
}
