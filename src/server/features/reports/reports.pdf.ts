// Word → PDF with LibreOffice, when it is installed: one conversion at a time, each in a fresh temporary profile
// (two soffice processes on one profile can exit 0 without writing anything), killed after a timeout, files removed.
import { spawn, spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppError } from '../../lib/errors.ts'

export interface PdfConverter {
  /** Whether LibreOffice was found (looked up once). */
  available(): boolean
  convert(docx: Buffer): Promise<Buffer>
}

export interface PdfOptions {
  /** Path of soffice, or a name looked up on PATH; default "soffice"; null: PDF turned off. */
  soffice?: string | null
  timeoutMs?: number
}

function resolveExecutable(name: string): string | null {
  if (isAbsolute(name)) {
    try {
      accessSync(name, constants.X_OK)
      return name
    } catch {
      return null
    }
  }
  // `command -v` searches PATH as the shell does; the name is passed as an argument, never as shell text.
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' })
  const path = found.status === 0 ? found.stdout.trim() : ''
  return path || null
}

function run(bin: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout kills soffice.bin and its helpers too.
    const child = spawn(bin, args, { stdio: 'ignore', detached: true })
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
      reject(new Error(`soffice timed out after ${timeoutMs} ms`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`soffice exited with ${code}`))
    })
  })
}

export function createPdfConverter({ soffice = 'soffice', timeoutMs = 60_000 }: PdfOptions = {}): PdfConverter {
  let bin: string | null | undefined
  let queue: Promise<unknown> = Promise.resolve()
  const locate = () => (bin === undefined ? (bin = soffice === null ? null : resolveExecutable(soffice)) : bin)

  async function once(docx: Buffer, exe: string): Promise<Buffer> {
    const work = await mkdtemp(join(tmpdir(), 'neuguong-pdf-'))
    const profile = await mkdtemp(join(tmpdir(), 'neuguong-lo-'))
    try {
      const input = join(work, 'document.docx')
      await writeFile(input, docx)
      await run(exe, [
        '--headless', '--norestore', '--nologo', '--nolockcheck', '--nodefault',
        `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', work, input,
      ], timeoutMs)
      const pdf = await readFile(join(work, 'document.pdf'))
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('soffice wrote no PDF')
      return pdf
    } finally {
      await Promise.all([rm(work, { recursive: true, force: true }), rm(profile, { recursive: true, force: true })])
    }
  }

  return {
    available: () => locate() !== null,
    convert(docx) {
      const exe = locate()
      if (!exe) return Promise.reject(new AppError('conflict', 'pdfUnavailable'))
      const job = queue.then(() => once(docx, exe)).catch((error: unknown) => {
        throw error instanceof AppError ? error : new AppError('internal', 'pdfFailed')
      })
      queue = job.catch(() => undefined)
      return job
    },
  }
}
