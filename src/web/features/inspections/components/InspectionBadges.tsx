// Status and overdue badges of a visit (filled or outline: light variants fail the contrast check).
import { Badge, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { InspectionListItem } from '../api.ts'

const COLORS: Record<InspectionListItem['status'], MantineColor> = { planned: 'blue', done: 'green.9', cancelled: 'gray.7' }

export function InspectionBadges({ item }: { item: InspectionListItem }) {
  const { t } = useTranslation()
  return (
    <>
      <Badge component="span" variant="outline" color="dark">{t(`inspections.kind.${item.kind}`)}</Badge>
      <Badge component="span" variant="filled" color={COLORS[item.status]}>{t(`inspections.status.${item.status}`)}</Badge>
      {item.reportOverdue && <Badge component="span" variant="filled" color="red.9">{t('inspections.overdue')}</Badge>}
    </>
  )
}
