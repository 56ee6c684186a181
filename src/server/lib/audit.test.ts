import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../db/client.ts'
import { makeTree } from '../test/factories.ts'
import { useTestApp } from '../test/harness.ts'
import { canonicalJson, verifyAuditChain } from './audit.ts'

const t = useTestApp()

describe('audit chain', () => {
  it('chains every change and verifies', async () => {
    await makeTree(t.database.db)
    const result = await verifyAuditChain(t.database.db)
    expect(result).toMatchObject({ ok: true })
    expect(result.count).toBeGreaterThanOrEqual(9)
    const rows = await queryRows<{ prev_hash: string; hash: string }>(t.database.db, sql`select prev_hash, hash from audit_events order by seq`)
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash)
  })

  it('refuses updates, deletes and truncation of the log', async () => {
    await expect(t.database.db.execute(sql`update audit_events set action = 'x'`)).rejects.toThrow()
    await expect(t.database.db.execute(sql`delete from audit_events`)).rejects.toThrow()
    await expect(t.database.db.execute(sql`truncate audit_events`)).rejects.toThrow()
  })

  it('names the first broken event when the content is altered behind the triggers', async () => {
    await makeTree(t.database.db)
    const [victim] = await queryRows<{ seq: number }>(t.database.db, sql`select seq from audit_events order by seq offset 3 limit 1`)
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update`)
      await tx.execute(sql`update audit_events set data = '{"name":"giả mạo"}' where seq = ${victim.seq}`)
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update`)
    })
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: false, brokenSeq: Number(victim.seq) })
  })

  it('serializes canonically whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}')
  })
})
