import { fold } from '../../../common/text/index.ts'

/** "Chuyển đổi số" → "chuyen-doi-so": the suggested code of a new feedback topic (at most 40 characters). */
export const slugOf = (name: string) => fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '')
