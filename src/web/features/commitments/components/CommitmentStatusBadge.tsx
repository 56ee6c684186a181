import { Badge, type MantineColor } from '@mantine/core'
import { type RosterStatus, useCommitmentLabels } from './commitmentLabels.ts'

// Filled colours keep white text above 4.5:1 (shade 9); "not registered" is an outline, as it is no state of a form.
const COLORS: Record<RosterStatus, MantineColor> = {
  none: 'gray',
  draft: 'gray',
  submitted: 'blue',
  returned: 'red',
  approved: 'teal',
}

export function CommitmentStatusBadge({ status, testId }: { status: RosterStatus; testId?: string }) {
  const labels = useCommitmentLabels()
  return (
    <Badge variant={status === 'none' ? 'outline' : 'filled'} color={COLORS[status]} data-testid={testId}>
      {labels.status(status)}
    </Badge>
  )
}
