// Statuses as filled badges (white on shade 9 stays above 4.5:1; light badges did not), the kind as an outline one.
import { Badge, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DialogueKind, DialogueStatus, PromiseStatus } from '../api.ts'

const SESSION_COLORS: Record<DialogueStatus, MantineColor> = { planned: 'blue', held: 'teal', cancelled: 'gray' }
const PROMISE_COLORS: Record<PromiseStatus, MantineColor> = { open: 'blue', done: 'teal', dropped: 'gray' }

export function SessionStatusBadge({ status }: { status: DialogueStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={SESSION_COLORS[status]}>
      {t(`dialogues.status.${status}`)}
    </Badge>
  )
}

export function KindBadge({ kind }: { kind: DialogueKind }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color="dark">
      {t(`dialogues.kind.${kind}`)}
    </Badge>
  )
}

export function PromiseStatusBadge({ status }: { status: PromiseStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={PROMISE_COLORS[status]}>
      {t(`dialogues.promiseStatus.${status}`)}
    </Badge>
  )
}

export function OverdueBadge() {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color="red">
      {t('dialogues.overdue')}
    </Badge>
  )
}
