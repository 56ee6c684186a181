// Consent and publication: consent only for a person, recorded with who and when and how; withdrawn by the unit or by
// the person themself at any time; publication only once commended (a clear 409 before), saying whether the public
// page will name the person; unpublishing. Each step audited.
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { call, useTestApp } from '../../test/harness.ts'
import { commend, createModel, modelsSetup } from '../../test/model-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/models'

describe('consent', () => {
  it('is recorded for a person (who, when, how), refused for other kinds, withdrawn by the unit or the person', async () => {
    const { db, tree, person, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { kind: 'person', title: 'Đảng viên giúp dân thoát nghèo', organizationId: tree.cellA1.id, personId: person.id })
    const url = `${base}/${m.id}/consent`
    expect((await call(t.app, users.inspector.auth, 'PUT', url, { note: 'Đồng ý bằng văn bản.' })).status).toBe(403)
    expect((await call(t.app, users.own.auth, 'PUT', url, { note: 'Đồng ý bằng văn bản.' })).status).toBe(403)
    const short = await call(t.app, users.school.auth, 'PUT', url, { note: 'ok' })
    expect(short.status).toBe(422)

    const recorded = await call(t.app, users.school.auth, 'PUT', url, { note: 'Bản đồng ý ký ngày 12/3/2026, lưu tại văn phòng.' })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    expect(recorded.body).toMatchObject({
      consent: { note: 'Bản đồng ý ký ngày 12/3/2026, lưu tại văn phòng.', recordedBy: users.school.account.displayName }, publicShowsPerson: true,
      abilities: { recordConsent: true, withdrawConsent: true },
    })
    expect(Date.parse(recorded.body.consent.recordedAt)).toBeGreaterThan(Date.now() - 60_000)

    // The person themself withdraws it: always possible, even once published.
    await commend(t, m.id)
    expect((await call(t.app, users.school.auth, 'POST', `${base}/${m.id}/publish`)).body.publicShowsPerson).toBe(true)
    const withdrawn = await call(t.app, users.own.auth, 'DELETE', url)
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(withdrawn.body).toMatchObject({ consent: null, publicShowsPerson: false, state: 'published' })
    expect((await call(t.app, users.member.auth, 'DELETE', url)).status).toBe(404)
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, m.id))).map((e) => e.action)
    expect(actions).toEqual(['model.created', 'model.consent_recorded', 'model.published', 'model.consent_withdrawn'])
    // The note (personal data) never goes into the audit log.
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, m.id), eq(auditEvents.action, 'model.consent_recorded')))
    expect(JSON.stringify(event.data)).not.toMatch(/12\/3\/2026/)

    const practice = await createModel(t, users.school.auth, { title: 'Mô hình tổ tự quản', organizationId: tree.cellA1.id })
    const refused = await call(t.app, users.school.auth, 'PUT', `${base}/${practice.id}/consent`, { note: 'Đồng ý bằng văn bản.' }, { 'accept-language': 'en' })
    expect(refused.status).toBe(422)
    expect(refused.body.error.details.fields[0]).toEqual({ path: 'note', message: 'Consent applies only to a model of kind person.' })
  })
})

describe('publication', () => {
  it('waits for a commendation, says whether the person shows, and ends', async () => {
    const { db, tree, person, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { kind: 'person', title: 'Cô giáo vùng cao', organizationId: tree.cellA1.id, personId: person.id })
    const publish = `${base}/${m.id}/publish`
    const early = await call(t.app, users.school.auth, 'POST', publish)
    expect(early.status).toBe(409)
    expect(early.body.error.message).toBe('Gương điển hình chưa được khen thưởng nên chưa công khai được. Chỉ gương đã có quyết định khen thưởng mới đưa lên trang công khai.')
    expect((await call(t.app, users.school.auth, 'POST', publish, {}, { 'accept-language': 'en' })).body.error.message).toMatch(/^This model has not been commended yet/)

    await commend(t, m.id, 2025)
    expect((await call(t.app, users.school.auth, 'GET', `${base}/${m.id}`)).body.abilities).toMatchObject({ publish: true, unpublish: false })
    expect((await call(t.app, users.inspector.auth, 'POST', publish)).status).toBe(403)
    expect((await call(t.app, users.ward.auth, 'POST', publish)).status).toBe(403)
    const published = await call(t.app, users.school.auth, 'POST', publish)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    // Without consent the public page shows the model without the person: the answer says so.
    expect(published.body).toMatchObject({ state: 'published', publicShowsPerson: false, abilities: { publish: false, unpublish: true } })
    expect(Date.parse(published.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000)
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, m.id), eq(auditEvents.action, 'model.published')))
    expect(event.data).toEqual({ showsPerson: false })
    expect((await call(t.app, users.school.auth, 'POST', publish)).status).toBe(409)

    const unpublished = await call(t.app, users.commune.auth, 'POST', `${base}/${m.id}/unpublish`)
    expect(unpublished.status).toBe(200)
    expect(unpublished.body).toMatchObject({ state: 'commended', publishedAt: null })
    const again = await call(t.app, users.commune.auth, 'POST', `${base}/${m.id}/unpublish`)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe('Gương điển hình này chưa được công khai.')
  })
})
