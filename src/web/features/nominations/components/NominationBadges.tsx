// A nomination's status as a filled badge (white on shade 9 stays above 4.5:1; light badges did not), and a
// recognition's "5 năm liền" as an outline one in a dark shade.
import { Badge, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NominationStatus } from '../api.ts'

const STATUS_COLORS: Record<NominationStatus, MantineColor> = { in_review: 'blue', returned: 'grape', declined: 'red', commended: 'teal', withdrawn: 'dark' }

export function StatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={STATUS_COLORS[status]}>
      {t(`nominations.status.${status}`)}
    </Badge>
  )
}

export function FiveYearsBadge() {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color="red.9" style={{ textTransform: 'none' }}>
      {t('nominations.recognitions.fiveYears')}
    </Badge>
  )
}
