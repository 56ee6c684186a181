// Vietnamese person names: family (họ) first, given name (tên) last, sorted by tên → tên đệm → họ.

import { SEPARATOR, compareVi, sortKey } from './collation.ts'
import { cleanName } from './normalize.ts'

export interface NameParts {
  familyName: string
  middleName: string
  givenName: string
}

export function splitName(fullName: string): NameParts {
  const words = cleanName(fullName).split(' ').filter(Boolean)
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' }
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0] }
  return {
    familyName: words[0],
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1],
  }
}

interface ParsedName extends NameParts {
  clean: string
}

function parse(fullName: string): ParsedName {
  const clean = cleanName(fullName)
  return { ...splitName(clean), clean }
}

function compareParsed(a: ParsedName, b: ParsedName): number {
  return (
    compareVi(a.givenName, b.givenName) ||
    compareVi(a.middleName, b.middleName) ||
    compareVi(a.familyName, b.familyName) ||
    compareVi(a.clean, b.clean) ||
    (a.clean < b.clean ? -1 : a.clean > b.clean ? 1 : 0)
  )
}

export function compareNames(a: string, b: string): number {
  return compareParsed(parse(a), parse(b))
}

export function sortNames(names: readonly string[]): string[] {
  return names
    .map((name) => ({ name, parsed: parse(name) }))
    .sort((x, y) => compareParsed(x.parsed, y.parsed))
    .map(({ name }) => name)
}

// Printable ASCII; `a < b` on keys (or COLLATE "C") orders like compareNames.
export function nameSortKey(fullName: string): string {
  const { givenName, middleName, familyName } = splitName(fullName)
  const key = [givenName, middleName, familyName].map(sortKey).join(SEPARATOR)
  let end = key.length
  while (end > 0 && key[end - 1] === SEPARATOR) end--
  return key.slice(0, end)
}
