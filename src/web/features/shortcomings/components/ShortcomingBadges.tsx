// A shortcoming's status and "overdue" as filled badges (white on shade 9 stays above 4.5:1; light badges did not), its
// severity and source as outline ones in dark shades.
import { Badge, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ShortcomingSeverity, ShortcomingSource, ShortcomingStatus } from '../api.ts'

const STATUS_COLORS: Record<ShortcomingStatus, MantineColor> = { open: 'blue', proposed: 'grape', fixed: 'teal' }
// Outline badges need text of 4.5:1 on white: Mantine's orange.9 falls short, so medium is a darker orange.
const SEVERITY_COLORS: Record<ShortcomingSeverity, MantineColor> = { high: 'red.9', medium: '#9a3412', low: 'dark' }

export function StatusBadge({ status }: { status: ShortcomingStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={STATUS_COLORS[status]}>
      {t(`shortcomings.status.${status}`)}
    </Badge>
  )
}

export function SeverityBadge({ severity }: { severity: ShortcomingSeverity }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color={SEVERITY_COLORS[severity]}>
      {t('shortcomings.page.severity')}: {t(`shortcomings.severity.${severity}`)}
    </Badge>
  )
}

export function SourceBadge({ source }: { source: ShortcomingSource }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color="dark" style={{ textTransform: 'none' }}>
      {t(`shortcomings.source.${source}`)}
    </Badge>
  )
}

export function OverdueBadge() {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color="red">
      {t('shortcomings.overdue')}
    </Badge>
  )
}
