// Bulk inserts a thousand rows at a time (PostgreSQL's parameter limit, PGlite's memory).
const CHUNK = 1000

export async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK))
}
