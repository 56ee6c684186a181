// Mail to citizens through the installation's own mail server (SMTP_URL); none configured, nothing is sent. Sending
// never blocks nor fails a request: it runs after the change is committed, and a failure is logged without the
// message's content (which may hold a tracking code).
import nodemailer from 'nodemailer'
import type { Config } from '../config.ts'

export interface Mail {
  to: string
  subject: string
  text: string
}

export interface Mailer {
  /** Where links in mail point (PUBLIC_URL), or null: mail then names the page without a link. */
  publicUrl: string | null
  send(mail: Mail): Promise<void>
}

export function createMailer(config: Config['mail']): Mailer | null {
  if (!config) return null
  const transport = nodemailer.createTransport(config.url)
  return {
    publicUrl: config.publicUrl,
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text })
    },
  }
}

/** Sends in the background; a failure goes to the log with the recipient's domain only. */
export function sendLater(mailer: Mailer | null, mail: Mail, log: { warn: (obj: object, msg: string) => void }): void {
  if (!mailer) return
  mailer.send(mail).catch((error: unknown) => {
    log.warn({ domain: mail.to.split('@')[1], error: error instanceof Error ? error.message : String(error) }, 'mail not sent')
  })
}
