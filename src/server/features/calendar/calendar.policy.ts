// Everyone signed in reads the calendar and counts deadlines on it; administrators edit it.
import type { Actor } from '../../lib/actor.ts'
import { isAdmin } from '../../lib/authz.ts'

export const calendarPolicy = {
  read: (_actor: Actor, _calendar: unknown) => true,
  manage: (actor: Actor, _calendar: unknown) => isAdmin(actor),
}
