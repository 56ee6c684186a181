// Publishing a leader's commitment as exemplary, listing those a unit sees, and the structured comments on them.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanText } from '../../../common/text/index.ts'
import { accounts } from '../accounts/accounts.table.ts'
import type { CommitmentRow } from '../commitments/commitments.service.ts'
import { commitmentItems, commitments } from '../commitments/commitments.table.ts'
import { pathIds } from '../organizations/organizations.counts.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people, placements } from '../people/people.table.ts'
import { exemplaryComments } from './exemplary.table.ts'

export async function setPublished({ db, ctx, commitment, scope }: { db: Db; ctx: Ctx; commitment: CommitmentRow; scope: 'subtree' | 'public' | null }) {
  await db.transaction(async (tx) => {
    await tx.update(commitments).set({ publishedScope: scope, publishedAt: scope ? new Date() : null, updatedAt: new Date() }).where(eq(commitments.id, commitment.id))
    await audit(tx, ctx, { action: scope ? 'exemplary.publish' : 'exemplary.unpublish', entityType: 'commitment', entityId: commitment.id, organizationId: commitment.organizationId, data: { scope } })
  })
}

/** Published exemplary commitments of the unit's leaders above it (and itself) and of those in its subtree. */
export async function listFor(db: Db, org: OrgRow, cycleId: string) {
  const rows = await db
    .select({
      c: commitments, orgName: organizations.name, fullName: people.fullName,
      comments: sql<number>`(select count(*)::int from exemplary_comments x where x.commitment_id = ${commitments.id})`,
      position: sql<string | null>`(select pl.position from placements pl where pl.person_id = ${commitments.personId} and pl.organization_id = ${commitments.organizationId} and pl.to_date is null limit 1)`,
    })
    .from(commitments)
    .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
    .innerJoin(people, eq(people.id, commitments.personId))
    .where(and(
      eq(commitments.cycleId, cycleId), isNotNull(commitments.publishedScope),
      sql`(${organizations.id} in (${sql.join(pathIds(org.path).map((id) => sql`${id}::uuid`), sql`, `)}) or ${organizations.path} like ${`${org.path}%`})`,
    ))
    .orderBy(asc(organizations.depth), asc(people.sortKey))
  return rows
}

export async function positionOf(db: Tx, personId: string, orgId: string): Promise<string | null> {
  const [p] = await db.select({ position: placements.position }).from(placements)
    .where(and(eq(placements.personId, personId), eq(placements.organizationId, orgId), sql`${placements.toDate} is null`)).limit(1)
  return p?.position ?? null
}

export async function loadComments(db: Tx, commitmentId: string) {
  return db
    .select({ x: exemplaryComments, author: accounts.displayName })
    .from(exemplaryComments)
    .innerJoin(accounts, eq(accounts.id, exemplaryComments.authorAccountId))
    .where(eq(exemplaryComments.commitmentId, commitmentId))
    .orderBy(asc(exemplaryComments.createdAt))
}

export async function loadItems(db: Tx, commitmentIds: string[]) {
  return commitmentIds.length ? db.select().from(commitmentItems).where(inArray(commitmentItems.commitmentId, commitmentIds)).orderBy(asc(commitmentItems.position)) : []
}

export interface CommentInput {
  source: 'colleague' | 'residence'
  strengths?: string | null
  weaknesses?: string | null
  exemplary?: string | null
  suggestions?: string | null
}

/** One comment per author and commitment: writing again replaces it. */
export async function saveComment({ db, ctx, commitment, input }: { db: Db; ctx: Ctx; commitment: CommitmentRow; input: CommentInput }) {
  const clean = (v: string | null | undefined) => (v ? cleanText(v) || null : null)
  const values = { source: input.source, strengths: clean(input.strengths), weaknesses: clean(input.weaknesses), exemplary: clean(input.exemplary), suggestions: clean(input.suggestions), updatedAt: new Date() }
  await db.transaction(async (tx) => {
    await tx
      .insert(exemplaryComments)
      .values({ ...values, commitmentId: commitment.id, authorAccountId: ctx.actor.accountId! })
      .onConflictDoUpdate({ target: [exemplaryComments.commitmentId, exemplaryComments.authorAccountId], set: values })
    await audit(tx, ctx, { action: 'exemplary.comment', entityType: 'commitment', entityId: commitment.id, organizationId: commitment.organizationId, data: { source: input.source } })
  })
}
