// Every route under /models and /movements (the dashboard's /models/summary has its own) refused anonymously, from
// another subtree, and with too low a role: a member, an inspector (reads only), a neighbouring cell's secretary.
import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { commend, createModel, modelsSetup, phonePhoto, upload } from '../../test/model-fixtures.ts'
import { runSharedSecurityTests } from '../../test/security.ts'

const t = useTestApp()
const models = '/api/v1/models'
const movements = '/api/v1/movements'

describe('models security', () => {
  runSharedSecurityTests(t, models, async () => {
    const { db, tree, person, users } = await modelsSetup(t)
    const other = await makeTree(db)
    // A draft of the school (readable only inside), and a commended one that other units adopt.
    const draft = await createModel(t, users.school.auth, { kind: 'person', title: 'Đảng viên tiêu biểu', organizationId: tree.schoolA.id, personId: person.id })
    await call(t.app, users.school.auth, 'PUT', `${models}/${draft.id}/consent`, { note: 'Bản đồng ý ký ngày 12/3/2026.' })
    const photo = await upload(t, users.school.auth, `${models}/${draft.id}/files`, { role: 'photo' }, [{ name: 'a.jpg', type: 'image/jpeg', bytes: await phonePhoto(300, 200) }])
    const fileId = photo.body.photos[0].id as string
    const spread = await createModel(t, users.school.auth, { title: 'Mô hình được nhân rộng', organizationId: tree.schoolA.id })
    await commend(t, spread.id)
    const adopted = await call(t.app, users.cellB1.auth, 'POST', `${models}/${spread.id}/adoptions`, { organizationId: tree.cellB1.id, adoptedOn: '2026-01-01', result: 'Áp dụng ở chi bộ, có kết quả tốt.' })
    const adoptionId = adopted.body.adoptions[0].id as string
    const url = `${models}/${draft.id}`
    const adoptions = `${models}/${spread.id}/adoptions`
    const neighbour = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    const reads = [`GET ${models}`, `GET ${models}/:id`, `GET ${models}/:id/files/:fileId`, `GET ${models}/:id/spread`]
    return {
      cases: [
        { method: 'GET', route: models, url: `${models}?org=${tree.schoolA.id}` },
        { method: 'POST', route: models, url: models, body: { kind: 'practice', title: 'Một mô hình mới', area: 'style', organizationId: tree.schoolA.id, summary: 'Một cách làm hay ở trường, đáng học tập.' } },
        { method: 'GET', route: `${models}/:id`, url },
        { method: 'PATCH', route: `${models}/:id`, url, body: { title: 'Đổi tên gương' } },
        { method: 'DELETE', route: `${models}/:id`, url },
        { method: 'PUT', route: `${models}/:id/consent`, url: `${url}/consent`, body: { note: 'Đồng ý bằng văn bản.' } },
        { method: 'DELETE', route: `${models}/:id/consent`, url: `${url}/consent` },
        { method: 'POST', route: `${models}/:id/publish`, url: `${url}/publish` },
        { method: 'POST', route: `${models}/:id/unpublish`, url: `${url}/unpublish` },
        { method: 'POST', route: `${models}/:id/files`, url: `${url}/files`, body: { role: 'photo' } },
        { method: 'PATCH', route: `${models}/:id/files/:fileId`, url: `${url}/files/${fileId}`, body: { position: 0, caption: 'Chú thích khác' } },
        { method: 'DELETE', route: `${models}/:id/files/:fileId`, url: `${url}/files/${fileId}` },
        { method: 'GET', route: `${models}/:id/files/:fileId`, url: `${url}/files/${fileId}` },
        { method: 'GET', route: `${models}/:id/spread`, url: `${url}/spread` },
        { method: 'POST', route: `${models}/:id/adoptions`, url: adoptions, body: { organizationId: tree.cellA1.id, adoptedOn: '2026-01-01', result: 'Áp dụng ở chi bộ, có kết quả tốt.' } },
        { method: 'PUT', route: `${models}/:id/adoptions/:adoptionId`, url: `${adoptions}/${adoptionId}`, body: { result: 'Kết quả đã được cập nhật lại.' } },
        { method: 'DELETE', route: `${models}/:id/adoptions/:adoptionId`, url: `${adoptions}/${adoptionId}` },
      ],
      outsider: (await makeUser(db, [{ role: 'office', org: other.root }])).auth,
      tooLow: { member: users.member.auth, inspector: users.inspector.auth, neighbour: neighbour.auth },
      allowedForTooLow: { inspector: reads },
    }
  }, { except: [`${models}/summary`] })
})

describe('movements security', () => {
  runSharedSecurityTests(t, movements, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const created = await call(t.app, office.auth, 'POST', movements, { organizationId: tree.schoolA.id, name: 'Trường học thân thiện', startsOn: '2026-01-01' })
    const url = `${movements}/${created.body.id}`
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.schoolA }])
    const neighbour = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    return {
      cases: [
        { method: 'GET', route: movements, url: `${movements}?org=${tree.schoolA.id}` },
        { method: 'POST', route: movements, url: movements, body: { organizationId: tree.schoolA.id, name: 'Phong trào mới', startsOn: '2026-02-01' } },
        { method: 'PATCH', route: `${movements}/:id`, url, body: { name: 'Đổi tên phong trào' } },
        { method: 'POST', route: `${movements}/:id/close`, url: `${url}/close` },
      ],
      outsider: (await makeUser(db, [{ role: 'office', org: other.root }])).auth,
      tooLow: { member: member.auth, inspector: inspector.auth, neighbour: neighbour.auth },
      allowedForTooLow: { inspector: [`GET ${movements}`] },
    }
  })
})
