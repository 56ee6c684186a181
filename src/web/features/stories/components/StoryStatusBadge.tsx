// A story's status as a filled badge (white on shade 9 stays above 4.5:1; light badges did not).
import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StoryStatus } from '../api.ts'

export function StoryStatusBadge({ status }: { status: StoryStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={status === 'published' ? 'teal.9' : 'gray.8'}>
      {t(`stories.status.${status}`)}
    </Badge>
  )
}
