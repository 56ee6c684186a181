// Reading rubrics: by id, and the one a nomination of a year is scored on.
import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm'
import type { ModelArea } from '../../../common/contracts/models.base.ts'
import type { RubricCriterion } from '../../../common/contracts/rubrics.ts'
import type { Db, Tx } from '../../db/client.ts'
import { notFound } from '../../lib/errors.ts'
import { nominationRubrics } from './rubrics.table.ts'

export type RubricRow = typeof nominationRubrics.$inferSelect

export async function getRubric(db: Db | Tx, id: string): Promise<RubricRow> {
  const [row] = await db.select().from(nominationRubrics).where(eq(nominationRubrics.id, id))
  if (!row) throw notFound('rubricNotFound')
  return row
}

/**
 * The published rubric in force on 31 December of the year (nominations of a year are made and decided around its
 * end): the latest to take effect by then and not ended before it. Null when none is.
 */
export async function rubricForYear(db: Db | Tx, year: number): Promise<RubricRow | null> {
  const day = `${year}-12-31`
  const [row] = await db.select().from(nominationRubrics)
    .where(and(
      eq(nominationRubrics.status, 'published'),
      lte(nominationRubrics.effectiveFrom, day),
      or(isNull(nominationRubrics.effectiveTo), gte(nominationRubrics.effectiveTo, day)),
    ))
    .orderBy(desc(nominationRubrics.effectiveFrom), desc(nominationRubrics.createdAt))
    .limit(1)
  return row ?? null
}

/** The criteria of one area. */
export const criteriaOf = (rubric: RubricRow, area: ModelArea): RubricCriterion[] => rubric.content.areas[area]
