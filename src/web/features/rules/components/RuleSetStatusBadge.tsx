import { Badge } from '@mantine/core'
import { useLabels, type RuleSetStatus } from '../../../components/labels.ts'

export function RuleSetStatusBadge({ status }: { status: RuleSetStatus }) {
  const labels = useLabels()
  return (
    <Badge variant="filled" color={status === 'published' ? 'teal' : 'gray'}>
      {labels.ruleSetStatus(status)}
    </Badge>
  )
}
