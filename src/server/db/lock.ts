// PGlite takes no lock on its folder, and a second process that opens it corrupts the first: the app locks it.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng (máy chủ Nêu Gương đang chạy?). ` +
        `Hãy dừng máy chủ trước, hoặc dùng API của máy chủ.\n` +
        `The data directory ${dataDir} is in use by process ${pid} (is the server running?). Stop it first, or use the server's API.`,
    )
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const file = join(dataDir, 'neuguong.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      let released = false
      return () => {
        if (released) return
        released = true
        rmSync(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(readFileSync(file, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirLockedError(dataDir, pid)
      rmSync(file, { force: true }) // stale lock of a process that is gone
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dataDir}`)
}
