// English strings of the calendar page: the same keys as vi.calendar.ts (checked through Messages).
import type { Messages } from './en.ts'

export const calendarEn: Messages['calendar'] = {
  nav: 'Public holidays',
  title: 'Public holidays and working days',
  intro:
    'Deadlines in working days (for example: acknowledging feedback within 10 working days under Regulation 11-QĐi/TW) are counted on this calendar: Monday to Friday, except public holidays, plus any Saturday or Sunday worked in exchange. Update it every year from the government\'s holiday announcement.',
  year: 'Year',
  statutoryDefault:
    'Nothing is stored for this year: the list below is the statutory holidays of the 2019 Labour Code (Article 112), computed automatically, and deadlines use it. Changing one day stores the whole list.',
  add: 'Add a day',
  addTitle: 'Add a day off or a worked day',
  editTitle: 'Edit {{date}}',
  edit: 'Edit',
  remove: 'Delete',
  removeTitle: 'Delete {{date}} from the calendar?',
  removeMessage: '{{date}} ({{name}}) becomes an ordinary day of its weekday again.',
  removed: '{{date}} was deleted from the calendar.',
  saved: '{{date}} saved.',
  none: 'This year has no public holiday or worked weekend day.',
  tableLabel: 'Public holidays and worked days in {{year}}',
  column: {
    date: 'Date',
    weekday: 'Day',
    name: 'Name',
    kind: 'Kind',
    source: 'Source',
    actions: 'Actions',
  },
  field: {
    date: 'Date',
    kind: 'Kind of day',
    name: 'Name',
    nameHint: 'E.g. National Day compensatory day off; Worked in exchange for 29/4',
    source: 'Basis',
  },
  kind: {
    holiday: 'Day off',
    working: 'Worked day',
  },
  kindHint: {
    holiday: 'A public holiday, Tết, a compensatory or swapped day off: not a working day.',
    working: 'A Saturday or Sunday worked in exchange: counts as a working day.',
  },
  source: {
    statutory: 'By law',
    announced: 'Announced',
    manual: 'Entered by hand',
  },
  weekday: { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' },
  calculator: {
    title: 'Deadline in working days',
    intro: 'The day of receipt is not counted; the deadline always falls on a working day.',
    from: 'From',
    days: 'Working days',
    result: 'Deadline: {{weekday}}, {{date}}',
    daysOff: 'Days off skipped: {{count}}',
    holidaysPassed: 'Holidays on the way: {{list}}',
  },
}
