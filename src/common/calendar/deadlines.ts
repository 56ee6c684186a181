// Deadlines in working days for citizens' feedback, as data: the defaults ship here, a feature overrides per category.
//
// - acknowledge: within 10 working days of receiving a phản ánh, kiến nghị, khiếu nại or tố cáo, the head of the
//   Party committee notifies the sender in writing that it is handled or transferred (Quy định 11-QĐi/TW, 18/02/2019).
// - handle: the handling deadline; no national rule, local ones differ (Đà Nẵng: 3 working days), so it is set per
//   category, with `default` for a category that has none.

export interface DeadlineSettings {
  acknowledgeWorkingDays: number
  acknowledgeBasis: string
  handleWorkingDays: { default: number } & Record<string, number>
}

export const DEADLINE_SETTINGS: Readonly<DeadlineSettings> = Object.freeze({
  acknowledgeWorkingDays: 10,
  acknowledgeBasis: 'Quy định 11-QĐi/TW ngày 18/02/2019',
  handleWorkingDays: Object.freeze({ default: 3 }),
})

/** The settings with a feature's overrides (e.g. per-category handling days) applied over the defaults. */
export function deadlineSettings(overrides: Partial<Omit<DeadlineSettings, 'handleWorkingDays'>> & { handleWorkingDays?: Record<string, number> } = {}): DeadlineSettings {
  return {
    ...DEADLINE_SETTINGS,
    ...overrides,
    handleWorkingDays: { ...DEADLINE_SETTINGS.handleWorkingDays, ...overrides.handleWorkingDays },
  }
}

/** Working days allowed to handle an item of this category. */
export function handleWorkingDaysFor(settings: DeadlineSettings, category: string | null | undefined): number {
  return (category != null ? settings.handleWorkingDays[category] : undefined) ?? settings.handleWorkingDays.default
}
