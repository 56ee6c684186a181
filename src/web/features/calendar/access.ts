// Who is offered the "Lịch nghỉ lễ" page in the navigation: administrators (as for cycles and rules). The server
// decides every edit; everyone signed in may read the calendar and count deadlines on it.
import type { MeResponse } from '../../../common/contracts/auth.ts'

export const CALENDAR_PATH = '/lich-nghi'

export const canManageCalendar = (me: MeResponse) => me.abilities.manageCycles
