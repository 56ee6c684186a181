// English strings of the official documents: the same keys as vi.reports.ts (checked through Messages).
import type { Messages } from './en.ts'

export const reportsEn: Messages['reports'] = {
  word: 'Download Word',
  pdf: 'Download PDF',
  wordOf: 'Download Word: {{name}}',
  pdfOf: 'Download PDF: {{name}}',
  commitmentForm: 'Commitment form (document)',
  commitmentHint: 'The commitment as a Party document, to print, sign and file.',
  title: 'Documents',
  hint: 'Documents in the Party layout (Guidance 36-HD/VPTW) or the State layout (Decree 30/2020/NĐ-CP), with the figures as of the download.',
  summary: 'Rating report {{year}}',
  decisions: 'List of members rated in {{year}}',
  layout: 'Layout',
  layoutParty: 'Party document',
  layoutState: 'State document',
  number: 'Document number',
  numberHint: 'Leave empty until the number is registered: the clerk writes it after signing.',
  numberInvalid: 'A document number has digits only (e.g. 09).',
}
