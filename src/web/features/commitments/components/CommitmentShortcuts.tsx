// Home page shortcuts: for each cell I am secretary of, its commitments awaiting approval (the unit's "Cam kết"
// tab), with how many wait once the roster has come; then my own commitment (anyone linked to a person).
import { IconClipboardCheck, IconClipboardList } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { GrantView } from '../../../../common/contracts/auth.ts'
import { useMe } from '../../../api/session.tsx'
import { formatNumber } from '../../../components/format.ts'
import { useCurrentCycle } from '../../cycles/api.ts'
import { Shortcut } from '../../home/Shortcut.tsx'
import { useUnitCommitments } from '../api.ts'

function PendingShortcut({ unit, cycleId }: { unit: GrantView['organization']; cycleId: string | undefined }) {
  const { t } = useTranslation()
  const roster = useUnitCommitments(unit.id, cycleId)
  const pending = roster.data?.counts.submitted
  return (
    <Shortcut
      to={`/to-chuc/${unit.id}?tab=cam-ket`}
      icon={<IconClipboardList size={28} />}
      title={t('commitments.pendingShortcut')}
      hint={pending === undefined ? t('commitments.pendingHintUnit', { unit: unit.name }) : t('commitments.pendingHint', { unit: unit.name, n: formatNumber(pending) })}
    />
  )
}

export function CommitmentShortcuts() {
  const { t } = useTranslation()
  const me = useMe()
  const cycle = useCurrentCycle()
  const cells = [...new Map(me.grants.filter((g) => g.role === 'secretary').map((g) => [g.organization.id, g.organization])).values()]
  return (
    <>
      {cycle.data && cells.map((unit) => <PendingShortcut key={unit.id} unit={unit} cycleId={cycle.data?.id} />)}
      {me.person && <Shortcut to="/cam-ket" icon={<IconClipboardCheck size={28} />} title={t('nav.myCommitment')} hint={t('commitments.shortcutHint')} />}
    </>
  )
}
