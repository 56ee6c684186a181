// Field schemas used in several contracts. Text is NFC-normalized by the server before validation.
// Custom errors name a message key of src/server/lib/messages.ts; the server translates them (vi/en).
import { z } from 'zod'

/** Human code of an organization: letters, digits, dot, dash, underscore (used by the CLI and imports). */
export const orgCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'orgCodeFormat' })
export const orgName = z.string().trim().min(2).max(200)
export const personName = z.string().trim().min(2).max(120)
export const position = z.string().trim().min(1).max(120)
export const username = z.string().trim().min(3).max(60).regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'usernameFormat' })
/** ASVS 6.2: length over composition rules; no truncation. */
export const newPassword = z.string().min(12).max(128)
