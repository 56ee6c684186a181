// The weekday of a calendar entry (0 = Sunday) as its i18n key.
export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

export const weekdayIndex = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay()
