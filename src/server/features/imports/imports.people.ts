// Importing people: each row parsed, placed in its unit (the unit column, else the receiving unit), matched against
// the file and the database (same party card; or same name, birth date and unit = the same person, so a re-import
// changes nothing), then written in one transaction.
import { sql } from 'drizzle-orm'
import type { Gender } from '../../../common/contracts/enums.ts'
import { cleanName, fold, nameSortKey, splitName } from '../../../common/text/index.ts'
import { queryRows, type Tx } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { pathIds } from '../organizations/organizations.counts.ts'
import { personPolicy } from '../people/people.policy.ts'
import { people, placements } from '../people/people.table.ts'
import type { RowMessage } from './imports.messages.ts'
import type { SheetRecord } from './imports.sheet.ts'
import { maxLength, parseDate, parseEmail, parseGender, parsePhone, type Parsed } from './imports.values.ts'
import { resolveUnit, type OrgIndex, type UnitRef } from './imports.units.ts'
import type { PlanRow, PlanTotals } from './imports.plan.ts'

const DEFAULT_POSITION = 'Đảng viên'
const BATCH = 5000

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

/** People with one of these cards or name keys (each list one JSON parameter; two index lookups, not an OR). */
async function loadExisting(tx: Tx, cards: string[], sortKeys: string[]): Promise<Existing[]> {
  if (cards.length === 0 && sortKeys.length === 0) return []
  const rows = await queryRows<Existing>(tx, sql`
    with ids as (
      select id from people where sort_key in (select value from json_array_elements_text(${JSON.stringify(sortKeys)}::json))
      union
      select id from people where party_card_number in (select value from json_array_elements_text(${JSON.stringify(cards)}::json)))
    select p.id, p.full_name as "fullName", p.birth_date::text as "birthDate", p.gender, p.ethnicity,
      p.party_join_date::text as "partyJoinDate", p.party_card_number as "partyCardNumber", p.phone, p.email, p.sort_key as "sortKey",
      cur.id as "placementId", cur.position, o.id as "unitId", o.path as "unitPath", o.code || ' — ' || o.name as "unitLabel"
    from people p
    join ids on ids.id = p.id
    left join lateral (select id, organization_id, position from placements
      where person_id = p.id and to_date is null and is_primary limit 1) cur on true
    left join organizations o on o.id = cur.organization_id`)
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
      // Two rows with different cards are two people, even with the same name, birth date and unit.
      const dupOf = card ? (seenCards.get(card) ?? seenKeys.get(key)) : (seenKeys.get(key) ?? seenKeys.get(`${key}|card`))
      if (dupOf !== undefined) errors.push({ key: 'duplicateInFile', params: { row: dupOf } })
      else if (card) {
        seenCards.set(card, rec.row)
        if (!seenKeys.has(`${key}|card`)) seenKeys.set(`${key}|card`, rec.row)
      } else seenKeys.set(key, rec.row)
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

/** New people with their placements, a chunk per statement (rows sent as one JSON parameter). */
async function insertNewPeople(tx: Tx, chunk: PersonPlan[], fromDate: string) {
  const rows = chunk.map((p) => {
    const v = p.values!
    p.existingId = crypto.randomUUID()
    const parts = splitName(v.fullName)
    return {
      id: p.existingId, full_name: v.fullName, family_name: parts.familyName, middle_name: parts.middleName, given_name: parts.givenName,
      sort_key: nameSortKey(v.fullName), search_key: fold(v.fullName), gender: v.gender, birth_date: v.birthDate, ethnicity: v.ethnicity,
      party_join_date: v.partyJoinDate, party_card_number: v.partyCardNumber, phone: v.phone, email: v.email,
      organization_id: p.org!.id, position: v.position ?? DEFAULT_POSITION,
    }
  })
  await tx.execute(sql`
    with src as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json) as x(id uuid, full_name text, family_name text, middle_name text,
        given_name text, sort_key text, search_key text, gender text, birth_date date, ethnicity text, party_join_date date,
        party_card_number text, phone text, email text, organization_id uuid, position text)),
    inserted as (
      insert into people (id, full_name, family_name, middle_name, given_name, sort_key, search_key, gender, birth_date, ethnicity,
        party_join_date, party_card_number, phone, email)
      select id, full_name, family_name, middle_name, given_name, sort_key, search_key, gender, birth_date, ethnicity,
        party_join_date, party_card_number, phone, email from src
      returning id)
    insert into placements (person_id, organization_id, position, from_date)
    select src.id, src.organization_id, src.position, ${fromDate}::date from src join inserted on inserted.id = src.id`)
}

/** People counts of every unit and its ancestors moved in one statement. */
async function addPeopleCounts(tx: Tx, placed: Map<string, { org: UnitRef; delta: number }>) {
  const deltas = new Map<string, { own: number; sub: number }>()
  for (const { org, delta } of placed.values()) {
    for (const id of pathIds(org.path)) {
      const d = deltas.get(id) ?? { own: 0, sub: 0 }
      d.sub += delta
      if (id === org.id) d.own += delta
      deltas.set(id, d)
    }
  }
  if (deltas.size === 0) return
  const rows = [...deltas].map(([id, d]) => ({ id, own: d.own, sub: d.sub }))
  await tx.execute(sql`
    update organizations o set people_count = o.people_count + x.own, subtree_people_count = o.subtree_people_count + x.sub
    from json_to_recordset(${JSON.stringify(rows)}::json) as x(id uuid, own int, sub int) where o.id = x.id`)
}

const WRITE_CHUNK = 2000

/** Writes a plan: new people and placements in bulk, changes one by one, unit counts once per unit. */
export async function applyPeople(tx: Tx, plan: PersonPlan[], fromDate: string, onRow: (n: number) => void): Promise<void> {
  const creates = plan.filter((p) => p.action === 'create')
  const placed = new Map<string, { org: UnitRef; delta: number }>()
  const bump = (org: UnitRef) => {
    const entry = placed.get(org.id) ?? { org, delta: 0 }
    entry.delta++
    placed.set(org.id, entry)
  }
  let done = 0
  for (let i = 0; i < creates.length; i += WRITE_CHUNK) {
    const chunk = creates.slice(i, i + WRITE_CHUNK)
    await insertNewPeople(tx, chunk, fromDate)
    for (const p of chunk) bump(p.org!)
    done += chunk.length
    onRow(done)
  }
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
  await addPeopleCounts(tx, placed)
}
