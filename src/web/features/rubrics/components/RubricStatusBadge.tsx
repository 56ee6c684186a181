// A rubric's status: published filled, a draft outlined (both pass the contrast check, unlike light badges).
import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Rubric } from '../api.ts'

export function RubricStatusBadge({ status }: { status: Rubric['status'] }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant={status === 'published' ? 'filled' : 'outline'} color={status === 'published' ? 'teal.9' : 'dark'}>
      {t(`rubrics.status.${status}`)}
    </Badge>
  )
}
