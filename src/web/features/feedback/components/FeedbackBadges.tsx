// A case's status and the "overdue" flag as filled badges: white on shade 9 stays above 4.5:1 (light badges did not).
import { Badge, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FeedbackStatus } from '../publicApi.ts'

const COLORS: Record<FeedbackStatus, MantineColor> = {
  received: 'blue',
  acknowledged: 'cyan',
  in_progress: 'grape',
  answered: 'teal',
  closed: 'gray',
}

export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={COLORS[status]}>
      {t(`feedback.status.${status}`)}
    </Badge>
  )
}

/** An overdue case reported to a level above its handler ("Đã báo cáo lên …"): dark outline, text names the level. */
export function EscalatedBadge({ to }: { to: string }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color="red.9" style={{ textTransform: 'none' }}>
      {t('feedback.inbox.escalatedTo', { name: to })}
    </Badge>
  )
}

export function OverdueBadge() {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color="red">
      {t('feedback.inbox.overdue')}
    </Badge>
  )
}
