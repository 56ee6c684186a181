// English strings of the public pages: the same keys as vi.public.ts (checked through Messages).
import type { Messages } from './en.ts'

export const publicEn: Messages['public'] = {
  brand: 'Nêu Gương — Public exemplary commitments',
  signIn: 'Sign in',
  openApp: 'Open the app',
  fromSignIn: 'See the public exemplary commitments',
  title: 'Public exemplary commitments',
  intro:
    'Leaders publish their approved exemplary commitment so that citizens and party members can follow and oversee how it is carried out (Regulation 213-QĐ/TW). This page needs no account.',
  searchLabel: 'Search by name or unit',
  searchDescription: 'With or without Vietnamese accents, e.g. nguyen van, phuong hai van',
  results: 'Commitments',
  listLabel: 'Public exemplary commitments',
  empty: 'No exemplary commitment has been published to the public this year yet.',
  noMatch: 'No commitment matches “{{q}}”.',
  yearLabel: '{{year}}',
  publishedOn: 'Published on {{date}}',
  back: 'All public commitments',
  pageTitle: 'Exemplary commitment of {{name}}',
  leader: 'Committed by',
  fullName: 'Full name',
  position: 'Position',
  unit: 'Unit',
  year: 'Year',
  theme: 'Theme',
  publishedAt: 'Published on',
  items: 'The commitment',
  notFound: 'This commitment was not found, or it is not (or no longer) public.',
  feedbackNote:
    'Comments on the commitment go through the residence party cell and the leader\'s own unit; the public page does not show them.',
  appNote: 'Commitments marked “Public” can also be read without an account, on the',
  appLink: 'public page',
  appLinkFor: 'Public page: {{name}}',
}
