// Who is offered the import page and where it opens. The server decides every upload and import (a 403 shows as an
// error); these only choose what to offer: the menu entry, the links, and which kinds of data to propose.
import type { MeResponse } from '../../../common/contracts/auth.ts'
import type { ImportKind } from '../../../common/contracts/imports.ts'

export const IMPORT_PATH = '/nhap-du-lieu'

/** `/nhap-du-lieu?org=…`: the page with that unit chosen as the default one. */
export function importPath(org?: string | null): string {
  return org ? `${IMPORT_PATH}?${new URLSearchParams({ org })}` : IMPORT_PATH
}

/** Offices and administrators: those who may add people (and, with a subtree office, organizations). */
export function canImport(me: MeResponse): boolean {
  return me.abilities.createPeople || me.abilities.createOrganizations
}

/** The kinds this account may import: organizations only where it may create them. */
export function canImportKind(me: MeResponse, kind: ImportKind): boolean {
  return kind === 'people' ? me.abilities.createPeople : me.abilities.createOrganizations
}
