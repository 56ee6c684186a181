// Importing people: each row parsed, placed in its unit (the unit column, else the receiving unit), matched against
// the file and the database (same party card; or same name, birth date and unit = the same person, so a re-import
// changes nothing), then written in one transaction.
import { sql } from 'drizzle-orm'
import type { Gender } from '../../../common/contracts/enums.ts'
import { cleanName, fold, nameSortKey, splitName } from '../../../common/text/index.ts'
import { insertChunks } from '../../db/chunks.ts'
import { queryRows, type Tx } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { adjustPeopleCount } from '../organizations/organizations.counts.ts'
import { personPolicy } from '../people/people.policy.ts'
import { people, placements } from '../people/people.table.ts'
import type { RowMessage } from './imports.messages.ts'
import type { SheetRecord } from './imports.sheet.ts'
import { maxLength, parseDate, parseEmail, parseGender, parsePhone, type Parsed } from './imports.values.ts'
import { resolveUnit, type OrgIndex, type UnitRef } from './imports.units.ts'
import type { PlanRow, PlanTotals } from './imports.plan.ts'

const DEFAULT_POSITION = 'Đảng viên'
const BATCH = 1000

export interface PersonValues {
  fullName: string
  birthDate: string | null
  gender: Gender | null
  ethnicity: string | null
  position: string | null
  partyJoinDate: string | null
  partyCardNumber: string | null
  phone: string | null
  email: string | null
}

export interface PersonPlan extends PlanRow {
  values?: PersonValues
  org?: UnitRef
  existingId?: string
  /** Fields of an existing person that the row changes. */
  changes?: Partial<PersonValues>
  /** An existing person without a current unit gets a placement; a changed position is written on the current one. */
  placement?: 'add' | 'position'
  currentPlacementId?: string
}

const COLUMN = { birthDate: 'Ngày sinh', partyJoinDate: 'Ngày vào Đảng' } as const

function take<T>(parsed: Parsed<T>, errors: RowMessage[]): T | null {
  if ('error' in parsed) {
    errors.push(parsed.error)
    return null
  }
  return parsed.value
}

function parseRow(rec: SheetRecord, today: string): { values: PersonValues; errors: RowMessage[] } {
  const text = (f: keyof SheetRecord['cells']) => rec.cells[f]?.text ?? ''
  const errors: RowMessage[] = []
  const fullName = cleanName(text('fullName'))
  if (fullName === '') errors.push({ key: 'missingName' })
  else if (fullName.length < 2 || !/\p{L}/u.test(fullName)) errors.push({ key: 'badName', params: { value: fullName } })
  const limit = (value: string, max: number, column: string) => {
    const e = maxLength(value, max, column)
    if (e) errors.push(e)
    return value || null
  }
  const values: PersonValues = {
    fullName: limit(fullName, 120, 'Họ và tên') ?? '',
    birthDate: rec.cells.birthDate ? take(parseDate(rec.cells.birthDate, COLUMN.birthDate, today), errors) : null,
    gender: take(parseGender(text('gender')), errors),
    ethnicity: limit(cleanName(text('ethnicity')), 60, 'Dân tộc'),
    position: limit(cleanName(text('position')), 120, 'Chức vụ'),
    partyJoinDate: rec.cells.partyJoinDate ? take(parseDate(rec.cells.partyJoinDate, COLUMN.partyJoinDate, today), errors) : null,
    partyCardNumber: limit(cleanName(text('partyCardNumber')), 30, 'Số thẻ đảng viên'),
    phone: take(parsePhone(cleanName(text('phone'))), errors),
    email: take(parseEmail(cleanName(text('email')).toLowerCase()), errors),
  }
  return { values, errors }
}

interface Existing {
  id: string
  fullName: string
  birthDate: string | null
  gender: string | null
  ethnicity: string | null
  partyJoinDate: string | null
  partyCardNumber: string | null
  phone: string | null
  email: string | null
  sortKey: string
  placementId: string | null
  unitId: string | null
  unitPath: string | null
  unitLabel: string | null
  position: string | null
}

async function loadExisting(tx: Tx, cards: string[], sortKeys: string[]): Promise<Existing[]> {
  if (cards.length === 0 && sortKeys.length === 0) return []
  const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)
  const where = [
    ...(cards.length ? [sql`p.party_card_number in (${list(cards)})`] : []),
    ...(sortKeys.length ? [sql`p.sort_key in (${list(sortKeys)})`] : []),
  ]
  const rows = await queryRows<Existing>(tx, sql`
    select p.id, p.full_name as "fullName", p.birth_date::text as "birthDate", p.gender, p.ethnicity,
      p.party_join_date::text as "partyJoinDate", p.party_card_number as "partyCardNumber", p.phone, p.email, p.sort_key as "sortKey",
      cur.id as "placementId", cur.position, o.id as "unitId", o.path as "unitPath", o.code || ' — ' || o.name as "unitLabel"
    from people p
    left join lateral (select id, organization_id, position from placements
      where person_id = p.id and to_date is null and is_primary limit 1) cur on true
    left join organizations o on o.id = cur.organization_id
    where ${sql.join(where, sql` or `)}`)
  return rows.map((r) => ({ ...r, birthDate: r.birthDate?.slice(0, 10) ?? null, partyJoinDate: r.partyJoinDate?.slice(0, 10) ?? null }))
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi')
const formatDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '?')

function diff(values: PersonValues, e: Existing): Partial<PersonValues> {
  const changes: Partial<PersonValues> = {}
  const keys = ['fullName', 'birthDate', 'gender', 'ethnicity', 'partyJoinDate', 'partyCardNumber', 'phone', 'email'] as const
  // A blank cell keeps what is recorded: a sheet without phones must not erase them.
  for (const k of keys) if (values[k] !== null && values[k] !== '' && values[k] !== e[k]) (changes as Record<string, unknown>)[k] = values[k]
  return changes
}

export interface PeoplePlanInput {
  actor: Actor
  orgs: OrgIndex
  defaultOrg: UnitRef | null
  today: string
}

/** Plans every row against the file and the database (reads only). */
export async function planPeople(tx: Tx, records: AsyncIterable<SheetRecord>, input: PeoplePlanInput, onRow: (n: number) => void): Promise<{ rows: PersonPlan[]; totals: PlanTotals }> {
  const rows: PersonPlan[] = []
  const totals: PlanTotals = { rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 }
  const seenCards = new Map<string, number>()
  const seenKeys = new Map<string, number>()
  let pending: PersonPlan[] = []

  const skip = (plan: PersonPlan, message: RowMessage) => {
    plan.action = 'skip'
    plan.messages.push(message)
  }

  async function flush() {
    const batch = pending
    pending = []
    const cards = [...new Set(batch.flatMap((p) => (p.values!.partyCardNumber ? [p.values!.partyCardNumber] : [])))]
    const keys = [...new Set(batch.map((p) => nameSortKey(p.values!.fullName)))]
    const existing = await loadExisting(tx, cards, keys)
    const byCard = new Map(existing.filter((e) => e.partyCardNumber).map((e) => [e.partyCardNumber!, e]))
    const byKey = new Map<string, Existing[]>()
    for (const e of existing) byKey.set(e.sortKey, [...(byKey.get(e.sortKey) ?? []), e])
    for (const plan of batch) decide(plan, byCard, byKey)
    for (const plan of batch) count(plan)
  }

  function decide(plan: PersonPlan, byCard: Map<string, Existing>, byKey: Map<string, Existing[]>) {
    const v = plan.values!
    const org = plan.org!
    const manages = (e: Existing) => e.unitId !== null && personPolicy.update(input.actor, { id: e.id, units: [{ id: e.unitId, path: e.unitPath! }] })
    let match = v.partyCardNumber ? byCard.get(v.partyCardNumber) : undefined
    if (match && !manages(match) && !(match.unitId === null && personPolicy.place(input.actor, org))) {
      return skip(plan, { key: 'cardOutOfScope', params: { value: v.partyCardNumber! } })
    }
    if (!match) {
      const namesakes = (byKey.get(nameSortKey(v.fullName)) ?? []).filter((e) => sameName(e.fullName, v.fullName))
      const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b
      match = namesakes.find((e) => e.unitId === org.id && compatible(e.birthDate, v.birthDate) && compatible(e.partyCardNumber, v.partyCardNumber))
      const likely = !match && v.birthDate ? namesakes.find((e) => e.birthDate === v.birthDate) : undefined
      if (likely) {
        const params = { name: likely.fullName, birth: formatDate(likely.birthDate) }
        return likely.unitId && manages(likely)
          ? skip(plan, { key: 'likelyDuplicate', params: { ...params, unit: likely.unitLabel! } })
          : skip(plan, { key: 'likelyDuplicateElsewhere', params })
      }
    }
    if (!match) {
      plan.action = 'create'
      return
    }
    plan.existingId = match.id
    plan.changes = diff(v, match)
    if (match.unitId === null) plan.placement = 'add'
    else if (match.unitId !== org.id) plan.messages.push({ key: 'livesElsewhere', params: { unit: match.unitLabel! } })
    else if (v.position && v.position !== match.position) {
      plan.placement = 'position'
      plan.currentPlacementId = match.placementId!
    }
    plan.action = Object.keys(plan.changes).length > 0 || plan.placement ? 'update' : 'unchanged'
  }

  function count(plan: PersonPlan) {
    if (plan.action === 'create') totals.created++
    else if (plan.action === 'update') totals.updated++
    else if (plan.action === 'unchanged') totals.unchanged++
    else {
      totals.skipped++
      totals.errors++
      delete plan.values
    }
    rows.push(plan)
  }

  for await (const rec of records) {
    totals.rows++
    const { values, errors } = parseRow(rec, input.today)
    const plan: PersonPlan = { row: rec.row, action: 'skip', label: values.fullName || '—', unit: null, messages: errors, values }
    const unitText = cleanName(rec.cells.unit?.text ?? '')
    const unit = unitText ? resolveUnit(input.orgs, unitText) : input.defaultOrg ? { value: input.defaultOrg } : { error: { key: 'noUnit' } as RowMessage }
    if ('error' in unit) errors.push(unit.error)
    else {
      plan.org = unit.value
      plan.unit = `${unit.value.code} — ${unit.value.name}`
      if (unit.value.status !== 'active') errors.push({ key: 'unitNotActive', params: { value: unit.value.code } })
      else if (!personPolicy.place(input.actor, unit.value)) errors.push({ key: 'unitOutOfScope', params: { value: unit.value.code } })
    }
    if (errors.length === 0) {
      const card = values.partyCardNumber
      const key = `${fold(values.fullName)}|${values.birthDate ?? ''}|${plan.org!.id}`
      const dupOf = (card ? seenCards.get(card) : undefined) ?? seenKeys.get(key)
      if (dupOf !== undefined) errors.push({ key: 'duplicateInFile', params: { row: dupOf } })
      else {
        if (card) seenCards.set(card, rec.row)
        seenKeys.set(key, rec.row)
      }
    }
    if (errors.length > 0) count(plan)
    else {
      pending.push(plan)
      if (pending.length >= BATCH) await flush()
    }
    onRow(totals.rows)
  }
  if (pending.length) await flush()
  return { rows, totals }
}

/** Writes a plan: new people and placements in bulk, changes one by one, unit counts once per unit. */
export async function applyPeople(tx: Tx, plan: PersonPlan[], fromDate: string, onRow: (n: number) => void): Promise<void> {
  const creates = plan.filter((p) => p.action === 'create')
  const countDelta = new Map<string, { org: UnitRef; delta: number }>()
  const bump = (org: UnitRef) => {
    const entry = countDelta.get(org.id) ?? { org, delta: 0 }
    entry.delta++
    countDelta.set(org.id, entry)
  }
  let done = 0
  await insertChunks(creates, async (chunk) => {
    const personRows = chunk.map((p) => {
      const v = p.values!
      const id = crypto.randomUUID()
      p.existingId = id
      return {
        id, fullName: v.fullName, ...splitName(v.fullName), sortKey: nameSortKey(v.fullName), searchKey: fold(v.fullName),
        gender: v.gender, birthDate: v.birthDate, ethnicity: v.ethnicity, partyJoinDate: v.partyJoinDate,
        partyCardNumber: v.partyCardNumber, phone: v.phone, email: v.email,
      }
    })
    await tx.insert(people).values(personRows)
    await tx.insert(placements).values(chunk.map((p) => ({
      personId: p.existingId!, organizationId: p.org!.id, position: p.values!.position ?? DEFAULT_POSITION, fromDate,
    })))
    for (const p of chunk) bump(p.org!)
    done += chunk.length
    onRow(done)
  })
  for (const p of plan) {
    if (p.action !== 'update') continue
    const changes = p.changes ?? {}
    if (Object.keys(changes).length > 0) {
      const name = changes.fullName ? { ...splitName(changes.fullName), sortKey: nameSortKey(changes.fullName), searchKey: fold(changes.fullName) } : {}
      await tx.update(people).set({ ...changes, ...name, updatedAt: new Date() }).where(sql`${people.id} = ${p.existingId!}`)
    }
    if (p.placement === 'add') {
      await tx.insert(placements).values({ personId: p.existingId!, organizationId: p.org!.id, position: p.values!.position ?? DEFAULT_POSITION, fromDate })
      bump(p.org!)
    } else if (p.placement === 'position') {
      await tx.update(placements).set({ position: p.values!.position!, updatedAt: new Date() }).where(sql`${placements.id} = ${p.currentPlacementId!}`)
    }
    onRow(++done)
  }
  for (const { org, delta } of countDelta.values()) await adjustPeopleCount(tx, org, delta)
}
