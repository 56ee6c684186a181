// Every signed-in account reads the cycles (the year's theme and dates); administrators run them.
import { CYCLE_STEPS, type CycleStep } from '../../../common/contracts/cycles.ts'
import type { Actor } from '../../lib/actor.ts'
import { isAdmin } from '../../lib/authz.ts'

export const cyclePolicy = {
  read: (_actor: Actor, _cycle: unknown) => true,
  manage: (actor: Actor, _cycle: unknown) => isAdmin(actor),
}

export function cycleAbilities(actor: Actor, cycle: { status: string }) {
  const manage = cyclePolicy.manage(actor, cycle)
  const steps = (Object.keys(CYCLE_STEPS) as CycleStep[]).filter((s) => manage && CYCLE_STEPS[s].from === cycle.status)
  return { update: manage && cycle.status !== 'closed', steps }
}
