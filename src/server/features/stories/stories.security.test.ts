import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { pngPhoto, seedStory, uploadPhoto } from './stories.fixtures.ts'

const t = useTestApp()
const base = '/api/v1/stories'

describe('stories security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const story = (await call(t.app, office.auth, 'POST', base, seedStory(tree.schoolA.id))).body
    const url = `${base}/${story.id}`
    const photo = (await uploadPhoto(t.app, office.auth, story.id, [{ name: 'anh.png', type: 'image/png', bytes: await pngPhoto() }])).body.photos[0]
    const photoUrl = `${url}/photos/${photo.id}`
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    // Reads the subtree's stories (and their Word files), writes none.
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.schoolA }])
    // A cell's secretary: the school's stories are above their unit.
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1 }])
    // A member of the school: no stories at all.
    const member = await makeUser(db, [{ role: 'member', org: tree.schoolA }])
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${tree.schoolA.id}` },
        { method: 'POST', route: base, url: base, body: seedStory(tree.schoolA.id) },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'PATCH', route: `${base}/:id`, url, body: { title: 'Một tiêu đề khác hẳn' } },
        { method: 'DELETE', route: `${base}/:id`, url },
        { method: 'POST', route: `${base}/:id/publish`, url: `${url}/publish` },
        { method: 'POST', route: `${base}/:id/unpublish`, url: `${url}/unpublish` },
        { method: 'GET', route: `${base}/:id/document.docx`, url: `${url}/document.docx` },
        { method: 'POST', route: `${base}/:id/photos`, url: `${url}/photos`, body: { caption: 'Không có ảnh' } },
        { method: 'PATCH', route: `${base}/:id/photos/:photoId`, url: photoUrl, body: { caption: 'Chú thích khác' } },
        { method: 'DELETE', route: `${base}/:id/photos/:photoId`, url: photoUrl },
        { method: 'GET', route: `${base}/:id/photos/:photoId`, url: photoUrl },
      ],
      outsider: outsider.auth,
      tooLow: { inspector: inspector.auth, cell: cell.auth, member: member.auth },
      allowedForTooLow: { inspector: [`GET ${base}`, `GET ${base}/:id`, `GET ${base}/:id/document.docx`, `GET ${base}/:id/photos/:photoId`] },
    }
  })
})
