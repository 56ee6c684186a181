import { Badge, type MantineColor } from '@mantine/core'
import type { CycleStatus } from '../../../../common/contracts/cycles.ts'
import { useLabels } from '../../../components/labels.ts'

const COLORS: Record<CycleStatus, MantineColor> = {
  preparing: 'gray',
  registration: 'blue',
  in_progress: 'teal',
  yearend_review: 'grape',
  closed: 'dark',
}

export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  const labels = useLabels()
  return (
    <Badge variant="filled" color={COLORS[status]}>
      {labels.cycleStatus(status)}
    </Badge>
  )
}
