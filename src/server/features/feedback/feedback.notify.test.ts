// Mail to senders through the installation's mail server: a local SMTP server stands in for it.
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'

interface Received {
  to: string[]
  raw: string
}
const inbox: Received[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => {
      inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('latin1') })
      done()
    })
  },
})
const env: Record<string, string> = {}
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const address = smtp.server.address()
  env.SMTP_URL = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  env.MAIL_FROM = 'Nêu Gương <no-reply@neuguong.example.vn>'
  env.PUBLIC_URL = 'https://neuguong.example.vn/'
})
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))
const t = useTestApp(env)

/** The text part as the reader sees it (quoted-printable or base64 undone, UTF-8). */
function bodyOf(raw: string): string {
  const [head, ...rest] = raw.split('\r\n\r\n')
  const body = rest.join('\r\n\r\n')
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/content-transfer-encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return Buffer.from(body, 'latin1').toString('utf8')
}

async function mailsFor(address: string, n: number): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const found = inbox.filter((m) => m.to.includes(address))
    if (found.length >= n) return found.map((m) => bodyOf(m.raw))
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no mail for ${address}`)
}

const CONTENT = 'Đèn tín hiệu giao thông ở ngã tư Hùng Vương – Lê Duẩn hỏng từ sáng, xe cộ đi lại rất lộn xộn, dễ xảy ra tai nạn.'

describe('mail to senders', () => {
  it('sends the tracking code at receipt, and the published answer to every sender of the case and of merged ones', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const head = await makeUser(db, [{ role: 'leader', org: tree.communeA }])

    const first = await call(t.app, office.auth, 'POST', '/api/v1/feedback', { categoryId: 'ha-tang', communeId: tree.communeA.id, content: CONTENT, anonymous: false, name: 'Lê Văn Gửi', email: 'gui@example.vn', channel: 'phone' })
    expect(first.status).toBe(201)
    const [receipt] = await mailsFor('gui@example.vn', 1)
    expect(receipt).toContain(`số ${first.body.reference}`)
    expect(receipt).toContain(`Mã tra cứu: ${first.body.trackingCode}`)
    expect(receipt).toContain(`https://neuguong.example.vn/phan-anh/tra-cuu/${first.body.trackingCode}`)

    // A citizen sending from the public page gets the same mail; an anonymous one left no address to send to.
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/public/feedback', remoteAddress: '203.0.113.77', payload: { categoryId: 'moi-truong', communeId: tree.communeB.id, content: `${CONTENT} Phía phường B.`, anonymous: false, email: 'congdan@example.vn' } })
    expect(own.statusCode).toBe(201)
    expect((await mailsFor('congdan@example.vn', 1))[0]).toContain(`Mã tra cứu: ${own.json().trackingCode}`)

    const second = await call(t.app, office.auth, 'POST', '/api/v1/feedback', { categoryId: 'ha-tang', communeId: tree.communeA.id, content: `${CONTENT} Đề nghị sửa gấp.`, anonymous: false, email: 'hangxom@example.vn', channel: 'in_person' })
    expect(second.status).toBe(201)
    await mailsFor('hangxom@example.vn', 1)
    const ids = new Map<string, string>((await call(t.app, head.auth, 'GET', `/api/v1/feedback?org=${tree.communeA.id}`)).body.items.map((c: { reference: string; id: string }) => [c.reference, c.id]))
    const [firstId, secondId] = [ids.get(first.body.reference)!, ids.get(second.body.reference)!]
    expect((await call(t.app, head.auth, 'POST', `/api/v1/feedback/${secondId}/merge`, { intoId: firstId })).status).toBe(200)

    expect((await call(t.app, head.auth, 'PUT', `/api/v1/feedback/${firstId}/answer`, { text: 'Phường đã báo Công ty điện chiếu sáng sửa đèn tín hiệu trong ngày; liên hệ anh Tâm 0905 111 222 nếu còn hỏng.' })).status).toBe(200)
    expect((await call(t.app, head.auth, 'POST', `/api/v1/feedback/${firstId}/approve`, {})).status).toBe(200)
    for (const address of ['gui@example.vn', 'hangxom@example.vn']) {
      const mails = await mailsFor(address, 2)
      const answer = mails.find((m) => m.includes('đã có trả lời'))!
      expect(answer).toContain(first.body.reference)
      expect(answer).toContain('Phường đã báo Công ty điện chiếu sáng sửa đèn tín hiệu trong ngày')
      expect(answer).not.toContain('0905 111 222')
      // The code is never in a later mail: it is not stored, only its hash.
      expect(answer).not.toContain(first.body.trackingCode)
    }
  })
})
