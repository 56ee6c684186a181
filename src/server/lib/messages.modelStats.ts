// Error messages of the dashboard of models and nominations (spread into messages.ts): Vietnamese first, English on request.
export const modelStatsMessages = {
  modelStatsYear: { vi: 'Năm tổng hợp phải là một năm, từ 1900 đến 2199 (ví dụ 2026).', en: 'The year must be a year from 1900 to 2199 (e.g. 2026).' },
} as const satisfies Record<string, { vi: string; en: string }>
