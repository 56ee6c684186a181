// Depth-first order of an organization list, siblings by Vietnamese name: how offices read a tree.
const collator = new Intl.Collator('vi', { numeric: true })

export function treeOrder<T extends { code: string; name: string; parentCode: string | null }>(rows: T[]): T[] {
  const children = new Map<string | null, T[]>()
  for (const r of rows) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r])
  const codes = new Set(rows.map((r) => r.code))
  const out: T[] = []
  const visit = (r: T) => {
    out.push(r)
    for (const c of (children.get(r.code) ?? []).sort((a, b) => collator.compare(a.name, b.name))) visit(c)
  }
  for (const root of rows.filter((r) => r.parentCode === null || !codes.has(r.parentCode)).sort((a, b) => collator.compare(a.name, b.name))) visit(root)
  return out
}
