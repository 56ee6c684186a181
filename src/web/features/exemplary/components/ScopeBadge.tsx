// The scope of an exemplary commitment as a badge: "Công khai" (everyone) or "Trong đơn vị" (the unit's subtree).
import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PublishScope } from '../api.ts'

export function ScopeBadge({ scope }: { scope: PublishScope }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="light" color={scope === 'public' ? 'red' : 'blue'} size="lg" style={{ textTransform: 'none' }}>
      {t(`exemplary.scope.${scope}`)}
    </Badge>
  )
}
