import { z } from 'zod'
import { ERROR_CODES } from './enums.ts'

export const Id = z.uuid()
export const IsoDate = z.iso.date()

export const IdParams = z.strictObject({ id: Id })

export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string(),
  }),
})
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() })

export const OkResponse = z.object({ ok: z.literal(true) })
