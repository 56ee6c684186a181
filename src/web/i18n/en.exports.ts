// English strings of the Excel exports: the same keys as vi.exports.ts (checked through Messages).
import type { Messages } from './en.ts'

export const exportsEn: Messages['exports'] = {
  button: 'Export to Excel',
  label: {
    people: 'Export to Excel: the people list',
    organizations: 'Export to Excel: this unit and its sub-units',
    commitments: 'Export to Excel: the commitments roster',
    evaluations: 'Export to Excel: the ratings',
    dashboard: 'Export to Excel: the sub-units’ figures',
    feedback: 'Export the feedback list to Excel',
    shortcomings: 'Export the shortcomings register to Excel',
    plan: 'Export the plan to Excel',
  },
  hint: {
    people: 'Download everyone in the list, with the current filters, as an Excel file that can be imported back.',
    organizations: 'Download this unit and all its sub-units as an Excel file that can be imported back.',
    commitments: "Download the unit's commitments roster for the year as an Excel file.",
    evaluations: "Download the reviews and ratings of the unit's members and sub-units as an Excel file.",
    dashboard: 'Download the registration, assessment and rating figures of each sub-unit as an Excel file.',
    feedback: 'Download an Excel file of the feedback handled by this unit and the units below it (without senders\' contact details).',
    shortcomings: 'Download an Excel file of the shortcomings of this unit and the units below it, with the current filters (names only, no other personal data).',
    plan: "Download an Excel file of the plan's items with progress, status, owner, due date and the latest update.",
  },
}
