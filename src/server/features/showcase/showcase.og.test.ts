// Share pages: a public model's and a published story's address answers the app's shell with Open Graph tags in its
// <head> (crawlers run no JavaScript); anything else answers the plain shell. Built with a temporary web root.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../app.ts'
import type { Database } from '../../db/client.ts'
import { createTestDatabase } from '../../test/databases.ts'
import { makePerson, makeTree } from '../../test/factories.ts'
import { testConfig } from '../../test/harness.ts'
import { models } from '../models/models.table.ts'
import { makeModel, makeStory } from './showcase.fixtures.ts'
import { shortText } from './showcase.og.ts'

const INDEX = '<!doctype html><html lang="vi"><head><meta charset="UTF-8" /><meta name="description" content="Nêu Gương — thực hiện Chỉ thị 05-CT/TW" /><title>Nêu Gương</title></head><body><div id="root"></div></body></html>'
const webRoot = mkdtempSync(join(tmpdir(), 'neuguong-og-'))
let app: FastifyInstance
/** With PUBLIC_URL set: absolute links from it, whatever the request's host. */
let configured: FastifyInstance
let database: Database

beforeAll(async () => {
  writeFileSync(join(webRoot, 'index.html'), INDEX)
  database = await createTestDatabase()
  app = await buildApp({ database, config: testConfig(), webRoot })
  configured = await buildApp({ database, config: testConfig({ PUBLIC_URL: 'https://neuguong.tinh.gov.vn/' }), webRoot })
})
afterAll(async () => {
  await app.close()
  await configured.close()
  await database.close()
  rmSync(webRoot, { recursive: true, force: true })
})

/** The content of a meta tag (property or name), HTML entities as sent. */
function meta(html: string, key: string): string | null {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)
  return m ? m[1] : null
}
const page = (url: string, target = app) => target.inject({ url, headers: { host: 'cong-khai.example.vn' } })

describe('share pages (Open Graph)', () => {
  it("puts a public model's card in the shell's head, escaped, with its first photo", async () => {
    const db = database.db
    const tree = await makeTree(db)
    const x = await makeModel(db, {
      org: tree.cellA1, title: 'Mô hình "Dân vận khéo" <script>alert(1)</script> & cộng sự', summary: `Người dân góp công sức ${'làm đường '.repeat(40)}`,
      year: 2026, published: true, photos: 2,
    })
    const res = await page(`/cong-khai/guong-dien-hinh/${x.model.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.headers['cache-control']).toBe('no-cache')
    const html = res.body
    const escaped = 'Mô hình &quot;Dân vận khéo&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; cộng sự'
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain(`<title>${escaped}</title>`)
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(meta(html, 'og:title')).toBe(escaped)
    expect(meta(html, 'twitter:title')).toBe(escaped)
    expect(meta(html, 'og:type')).toBe('article')
    expect(meta(html, 'og:locale')).toBe('vi_VN')
    expect(meta(html, 'og:url')).toBe(`http://cong-khai.example.vn/cong-khai/guong-dien-hinh/${x.model.id}`)
    expect(meta(html, 'og:image')).toBe(`http://cong-khai.example.vn/api/v1/public/models/${x.model.id}/photos/${x.photos[0].id}`)
    expect(meta(html, 'og:image:width')).toBe('1200')
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    const description = meta(html, 'og:description')!
    expect([...description].length).toBeLessThanOrEqual(200)
    expect(description.startsWith('Người dân góp công sức làm đường')).toBe(true)
    expect(description.endsWith('…')).toBe(true)
    expect(meta(html, 'description')).toBe(description)
    expect(html).toContain('<div id="root"></div>')

    // PUBLIC_URL wins over the request's host.
    const fixed = await page(`/cong-khai/guong-dien-hinh/${x.model.id}`, configured)
    expect(meta(fixed.body, 'og:url')).toBe(`https://neuguong.tinh.gov.vn/cong-khai/guong-dien-hinh/${x.model.id}`)
    expect(meta(fixed.body, 'og:image')).toBe(`https://neuguong.tinh.gov.vn/api/v1/public/models/${x.model.id}/photos/${x.photos[0].id}`)
  })

  it('answers the plain shell for unknown, unpublished and not-commended models, and for other pages', async () => {
    const db = database.db
    const tree = await makeTree(db)
    const hidden = await makeModel(db, { org: tree.cellA1, title: 'Chưa công khai', year: 2026, published: false })
    const draft = await makeModel(db, { org: tree.cellA1, title: 'Bản nháp' })
    const taken = await makeModel(db, { org: tree.cellA1, title: 'Công khai rồi gỡ', year: 2026, published: true })
    await db.update(models).set({ publishedAt: null }).where(eq(models.id, taken.model.id))
    for (const url of [
      `/cong-khai/guong-dien-hinh/${hidden.model.id}`, `/cong-khai/guong-dien-hinh/${draft.model.id}`, `/cong-khai/guong-dien-hinh/${taken.model.id}`,
      '/cong-khai/guong-dien-hinh/00000000-0000-4000-8000-000000000000', '/cong-khai/guong-dien-hinh/khong-phai-ma', '/cong-khai/guong-dien-hinh', '/to-chuc',
    ]) {
      const res = await page(url)
      expect(res.statusCode, url).toBe(200)
      expect(res.body, url).toBe(INDEX)
    }
  })

  it("describes a person who has not consented without their name or photo", async () => {
    const db = database.db
    const tree = await makeTree(db)
    const person = await makePerson(db, tree.cellB1, 'Đinh Thị Riêng')
    const x = await makeModel(db, { org: tree.cellB1, kind: 'person', personId: person.id, title: 'Đinh Thị Riêng và tủ sách', summary: 'Chị Đinh Thị Riêng mở tủ sách.', year: 2026, published: true, photos: 1 })
    const html = (await page(`/cong-khai/guong-dien-hinh/${x.model.id}`)).body
    expect(meta(html, 'og:title')).toBe('Đ.T.R. và tủ sách')
    expect(meta(html, 'og:description')).toBe('Chị Đ.T.R. mở tủ sách.')
    expect(meta(html, 'og:image')).toBeNull()
    expect(meta(html, 'twitter:card')).toBe('summary')
    expect(html).not.toContain('Đinh Thị Riêng')
  })

  it("puts a published story's title and lead in the head; a draft gets the plain shell", async () => {
    const db = database.db
    const tree = await makeTree(db)
    const { story, photo } = await makeStory(db, tree.communeA, { title: 'Con đường "nở hoa" ở An Hòa', lead: 'Người dân hiến đất, góp công làm đường.', photo: true })
    const draft = await makeStory(db, tree.communeA, { title: 'Bản nháp', lead: 'Chưa đăng.', published: false })
    const html = (await page(`/cong-khai/bai-viet/${story.id}`)).body
    expect(meta(html, 'og:title')).toBe('Con đường &quot;nở hoa&quot; ở An Hòa')
    expect(html).toContain('<title>Con đường &quot;nở hoa&quot; ở An Hòa</title>')
    expect(meta(html, 'og:description')).toBe('Người dân hiến đất, góp công làm đường.')
    expect(meta(html, 'og:url')).toBe(`http://cong-khai.example.vn/cong-khai/bai-viet/${story.id}`)
    expect(meta(html, 'og:image')).toBe(`http://cong-khai.example.vn/api/v1/public/stories/${story.id}/photos/${photo!.id}`)
    expect((await page(`/cong-khai/bai-viet/${draft.story.id}`)).body).toBe(INDEX)
  })

  it('cuts descriptions at a word, within 200 characters', () => {
    expect(shortText('ngắn gọn')).toBe('ngắn gọn')
    expect(shortText('một  dòng\nhai dòng')).toBe('một dòng hai dòng')
    const long = shortText('chữ '.repeat(100))
    expect([...long].length).toBeLessThanOrEqual(200)
    expect(long.endsWith('chữ…')).toBe(true)
  })
})
