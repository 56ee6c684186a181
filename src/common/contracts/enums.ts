// Closed vocabularies shared by the server and the web app. Labels live in the i18n catalogues.
import { z } from 'zod'

export const ORG_KINDS = ['province', 'commune', 'ward', 'agency', 'grassroots', 'cell'] as const
export const OrgKind = z.enum(ORG_KINDS)
export type OrgKind = z.infer<typeof OrgKind>

export const ORG_STATUSES = ['active', 'merged', 'dissolved'] as const
export const OrgStatus = z.enum(ORG_STATUSES)
export type OrgStatus = z.infer<typeof OrgStatus>

export const ROLES = ['admin', 'office', 'secretary', 'leader', 'inspector', 'member'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const GRANT_SCOPES = ['unit', 'subtree'] as const
export const GrantScope = z.enum(GRANT_SCOPES)
export type GrantScope = z.infer<typeof GrantScope>

/** Leadership tier of a placement: which level of party committee the person sits on. */
export const LEADERSHIP_TIERS = ['none', 'cell', 'grassroots', 'upper', 'province'] as const
export const LeadershipTier = z.enum(LEADERSHIP_TIERS)
export type LeadershipTier = z.infer<typeof LeadershipTier>

export const GENDERS = ['male', 'female', 'other'] as const
export const Gender = z.enum(GENDERS)
export type Gender = z.infer<typeof Gender>

export const PLACEMENT_END_REASONS = ['transfer', 'merge', 'left', 'correction'] as const
export const PlacementEndReason = z.enum(PLACEMENT_END_REASONS)
export type PlacementEndReason = z.infer<typeof PlacementEndReason>

/** Every error the API can answer with. The HTTP status of each lives in server/lib/errors.ts. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'csrf_failed',
  'mfa_required',
  'mfa_setup_required',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]
