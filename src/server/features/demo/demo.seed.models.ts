// Exemplary models for the demo, so the showcase is alive from the first start: two movements (the city's "Dân vận
// khéo", the demo leader's ward's own), three models commended by one decision of the city and published with photos
// (a practice of a ward cell, a collective of a commune cell, a person who recorded their consent), nominations under
// review at the city and at the commune (a person without recorded consent), one returned and one declined, a draft
// practice of the demo secretary's cell (for them to nominate), adoptions across communes and wards, and two published
// stories (the article this product started from, adapted, and one about the first model). Photos are drawn here with
// sharp (a gradient with a caption), nothing is downloaded; the texts are fixed (demo.models.content.ts).
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { makeThumbnail } from '../../lib/thumbnail.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import type { Tx } from '../../db/client.ts'
import { sanitizeRichText } from '../../lib/richtext.ts'
import { modelAdoptions, modelFiles, models, movements } from '../models/models.table.ts'
import { commendations, nominationEvents, nominationReviews, nominations } from '../nominations/nominations.table.ts'
import { rubricForYear } from '../rubrics/rubrics.query.ts'
import { stories, storyPhotos } from '../stories/stories.table.ts'
import type { DemoAccountHolder, DemoAccountRole, DemoProvince } from './demo.generate.ts'
import {
  COMMENDED_MODELS, DECLINE_NOTE, DEMO_ADOPTION_RESULTS, DEMO_MOVEMENTS, DRAFT_MODEL, MODEL_STORY, NOMINATED_MODELS, RETURN_NOTE, SEED_STORY,
  type DemoModelText, type DemoStoryText,
} from './demo.models.content.ts'

export interface DemoModelUnits {
  provinceId: string
  /** The demo leader's ward. */
  wardId: string
  /** The demo secretary's cell, under the ward: its practice stays a draft. */
  secretaryCellId: string
  /** Two other cells of the ward: the commended practice's, and the commended person's. */
  wardCellIds: [string, string]
  /** The demo inspector's commune. */
  communeId: string
  /** Two cells of the commune: the commended collective, and the unit of the person still under review. */
  communeCellIds: [string, string]
  /** Four other wards or communes: the returned nomination, the declined one, and adopters. */
  otherIds: [string, string, string, string]
  /** The commended person (consent recorded) and the person under review (no consent recorded). */
  consentingPersonId: string
  otherPersonId: string
  /** The demo office: reviews, records consent, signs off the decision; null leaves reviews out. */
  accountId: string | null
}

export interface DemoModelCounts {
  movements: number
  models: number
  nominations: number
  adoptions: number
  stories: number
}

/** A 960×640 JPEG: a diagonal gradient with a caption, and its 480 px WebP copy for lists. */
export async function demoPhoto(label: string, from: string, to: string, name: string) {
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">`
    + `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="960" height="640" fill="url(#g)"/>`
    + `<text x="48" y="580" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="44" font-weight="700" fill="#ffffff">${escaped}</text></svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer()
  const thumb = await makeThumbnail(data)
  return { fileName: `${name}.jpg`, mediaType: 'image/jpeg', size: data.length, sha256: createHash('sha256').update(data).digest('hex'), width: 960, height: 640, data, thumbData: thumb }
}

const html = (paragraphs: string[]) => sanitizeRichText(paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''))

async function insertModel(tx: Tx, text: DemoModelText, values: Omit<typeof models.$inferInsert, 'kind' | 'area' | 'title' | 'summary'>) {
  const [row] = await tx.insert(models).values({ kind: text.kind, area: text.area, title: text.title, summary: text.summary, story: html(text.story), results: text.results, ...values })
    .returning({ id: models.id })
  return row.id
}

interface Step {
  kind: string
  from: string
  to?: string
  note?: string
  at: Date
}

async function nominate(tx: Tx, values: Omit<typeof nominations.$inferInsert, 'rubricId'>, steps: Step[], accountId: string | null) {
  const rubric = await rubricForYear(tx, values.year)
  if (!rubric) throw new Error(`no published rubric for ${values.year}`)
  const [row] = await tx.insert(nominations).values({ ...values, rubricId: rubric.id }).returning({ id: nominations.id })
  await tx.insert(nominationEvents).values(steps.map((s) => ({
    nominationId: row.id, kind: s.kind, fromOrgId: s.from, toOrgId: s.to ?? null, note: s.note ?? null, actorAccountId: accountId, at: s.at,
  })))
  return row.id
}

async function insertStory(tx: Tx, text: DemoStoryText, values: { organizationId: string; modelId: string | null; at: Date; createdBy: string | null }, photo: Awaited<ReturnType<typeof demoPhoto>>) {
  const [row] = await tx.insert(stories).values({
    organizationId: values.organizationId, modelId: values.modelId, title: text.title, lead: text.lead, body: html(text.body), byline: text.byline,
    tags: text.tags, status: 'published', publishedAt: values.at, createdBy: values.createdBy, createdAt: values.at, updatedAt: values.at,
  }).returning({ id: stories.id })
  await tx.insert(storyPhotos).values({ storyId: row.id, caption: text.photo.caption, credit: text.photo.credit, position: 0, ...photo })
}

/** What every part of the seeding shares: the units, the year, and dates around today (never before the year began). */
interface Seeding {
  tx: Tx
  u: DemoModelUnits
  year: number
  iso: (offset: number) => string
  at: (offset: number) => Date
  by: { createdBy: string | null }
}

/** The three commended by the city's decision (each submitted by a cell, forwarded, reviewed), published with a photo. */
async function seedCommended(s: Seeding, movementIds: { city: string; ward: string }): Promise<string[]> {
  const { tx, u, year, iso, at, by } = s
  const [practice, collective, person] = COMMENDED_MODELS
  const published = { commendedYear: year, publishedAt: at(-10), createdAt: at(-60), ...by }
  const commended = [
    await insertModel(tx, practice, { organizationId: u.wardCellIds[0], movementId: movementIds.city, ...published }),
    await insertModel(tx, collective, { organizationId: u.communeCellIds[0], movementId: movementIds.city, ...published }),
    await insertModel(tx, person, {
      organizationId: u.wardCellIds[1], personId: u.consentingPersonId, movementId: movementIds.ward, ...published,
      consentRecordedAt: at(-50), consentRecordedBy: u.accountId, consentNote: `Bản đồng ý công khai họ tên, hình ảnh ký ngày ${iso(-50).split('-').reverse().join('/')}`,
    }),
  ]
  const photos = [['Tổ tự quản khu phố 2', '#b71c1c', '#f9a825'], ['Chi bộ thôn A Ur', '#1b5e20', '#9ccc65'], ['Tủ sách Bác Hồ', '#0d47a1', '#4fc3f7']] as const
  for (const [i, id] of commended.entries()) {
    const [label, from, to] = photos[i]
    await tx.insert(modelFiles).values({ modelId: id, role: 'photo', caption: label, credit: 'Ban Tuyên giáo và Dân vận Thành ủy', position: 0, ...(await demoPhoto(label, from, to, `mo-hinh-${i + 1}`)) })
  }
  const [decision] = await tx.insert(commendations).values({
    organizationId: u.provinceId, year, number: '86', signedOn: iso(-12), form: 'diploma',
    title: `Điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm ${year}`,
    signerName: 'Trần Văn Hòa', signerTitle: 'Phó Bí thư Thường trực Thành ủy', ...by,
  }).returning({ id: commendations.id })
  const nominatedBy = [[u.wardCellIds[0], u.wardId], [u.communeCellIds[0], u.communeId], [u.wardCellIds[1], u.wardId]] as const
  for (const [i, modelId] of commended.entries()) {
    const [cell, level] = nominatedBy[i]
    const id = await nominate(tx, {
      modelId, year, nominatedByOrgId: cell, reason: COMMENDED_MODELS[i].summary, atOrgId: u.provinceId, status: 'commended', commendationId: decision.id, createdAt: at(-45), ...by,
    }, [
      { kind: 'submitted', from: cell, to: level, at: at(-45) }, { kind: 'forwarded', from: level, to: u.provinceId, at: at(-30) },
      { kind: 'commended', from: u.provinceId, at: at(-12) },
    ], u.accountId)
    if (u.accountId) {
      await tx.insert(nominationReviews).values({
        nominationId: id, orgId: u.provinceId, reviewerAccountId: u.accountId, scores: { typical: 27 - i, results: 26, replicable: 18 - i, sustained: 17 }, total: 88 - 2 * i,
        comment: 'Tiêu biểu, có kết quả cụ thể; đề nghị khen thưởng và nhân rộng.',
      })
    }
  }
  return commended
}

/** Nominations under way (at the city, at the commune, returned, declined), and the secretary's draft. */
async function seedUnderWay(s: Seeding, movementIds: { city: string; ward: string }) {
  const { tx, u, year, at, by } = s
  const { atCity, atCommune, returned, declined } = NOMINATED_MODELS
  const cityModel = await insertModel(tx, atCity, { organizationId: u.communeId, movementId: movementIds.city, ...by })
  await nominate(tx, { modelId: cityModel, year, nominatedByOrgId: u.communeId, reason: atCity.summary, atOrgId: u.provinceId, ...by },
    [{ kind: 'submitted', from: u.communeId, to: u.provinceId, at: at(-8) }], u.accountId)
  const communeModel = await insertModel(tx, atCommune, { organizationId: u.communeCellIds[1], personId: u.otherPersonId, ...by })
  await nominate(tx, { modelId: communeModel, year, nominatedByOrgId: u.communeCellIds[1], reason: atCommune.summary, atOrgId: u.communeId, ...by },
    [{ kind: 'submitted', from: u.communeCellIds[1], to: u.communeId, at: at(-5) }], u.accountId)
  const returnedModel = await insertModel(tx, returned, { organizationId: u.otherIds[0], ...by })
  await nominate(tx, { modelId: returnedModel, year, nominatedByOrgId: u.otherIds[0], reason: returned.summary, atOrgId: u.provinceId, status: 'returned', statusNote: RETURN_NOTE, ...by }, [
    { kind: 'submitted', from: u.otherIds[0], to: u.provinceId, at: at(-25) }, { kind: 'returned', from: u.provinceId, to: u.otherIds[0], note: RETURN_NOTE, at: at(-18) },
  ], u.accountId)
  const declinedModel = await insertModel(tx, declined, { organizationId: u.otherIds[1], ...by })
  await nominate(tx, { modelId: declinedModel, year, nominatedByOrgId: u.otherIds[1], reason: declined.summary, atOrgId: u.provinceId, status: 'declined', statusNote: DECLINE_NOTE, ...by }, [
    { kind: 'submitted', from: u.otherIds[1], to: u.provinceId, at: at(-28) }, { kind: 'declined', from: u.provinceId, note: DECLINE_NOTE, at: at(-15) },
  ], u.accountId)
  await insertModel(tx, DRAFT_MODEL, { organizationId: u.secretaryCellId, movementId: movementIds.ward, ...by })
}

export async function seedDemoModels(tx: Tx, u: DemoModelUnits, year: number, today = todayIso()): Promise<DemoModelCounts> {
  const start = `${year}-01-01`
  const iso = (offset: number) => (addDays(today, offset) < start ? start : addDays(today, offset))
  const s: Seeding = { tx, u, year, iso, at: (offset) => new Date(`${iso(offset)}T02:00:00Z`), by: { createdBy: u.accountId } }

  const [city] = await tx.insert(movements).values({ organizationId: u.provinceId, ...DEMO_MOVEMENTS.city, startsOn: '2021-01-01', ...s.by }).returning({ id: movements.id })
  const [ward] = await tx.insert(movements).values({ organizationId: u.wardId, ...DEMO_MOVEMENTS.ward, startsOn: start, ...s.by }).returning({ id: movements.id })
  const commended = await seedCommended(s, { city: city.id, ward: ward.id })
  await seedUnderWay(s, { city: city.id, ward: ward.id })

  // Spreading: the practice across two wards, a commune and a cell of the inspector's commune; the collective in another commune.
  const adoptions = [
    [commended[0], u.otherIds[0], -9], [commended[0], u.otherIds[2], -7], [commended[0], u.communeCellIds[1], -6], [commended[0], u.otherIds[3], -4],
    [commended[1], u.otherIds[2], -3],
  ] as const
  await tx.insert(modelAdoptions).values(adoptions.map(([modelId, organizationId, offset], i) => ({
    modelId, organizationId, adoptedOn: iso(offset), result: DEMO_ADOPTION_RESULTS[i], recordedBy: u.accountId, createdAt: s.at(offset),
  })))

  await insertStory(tx, SEED_STORY, { organizationId: u.provinceId, modelId: null, at: s.at(-20), createdBy: u.accountId }, await demoPhoto(SEED_STORY.photo.label, '#4a148c', '#ef6c00', 'bai-viet-1'))
  await insertStory(tx, MODEL_STORY, { organizationId: u.wardId, modelId: commended[0], at: s.at(-6), createdBy: u.accountId }, await demoPhoto(MODEL_STORY.photo.label, '#b71c1c', '#ffb300', 'bai-viet-2'))
  return { movements: 2, models: 8, nominations: 7, adoptions: adoptions.length, stories: 2 }
}

/**
 * The demo's units and people for the models, by organization code: the leader's ward (its cells 2 and 3, as the texts
 * say, else the first two others), the secretary's cell, the inspector's commune and its first two cells, the wards of
 * Hòa Khánh and Hải Châu and two communes (else the first other top-level units), a man of the ward's second cell and a
 * woman of the commune's second cell (else anyone placed under them).
 */
export function pickDemoModelUnits(
  province: DemoProvince, holders: Record<DemoAccountRole, DemoAccountHolder>, ids: { org: (code: string) => string; person: (index: number) => string },
  rootCode: string, accountId: string | null,
): DemoModelUnits {
  const { organizations: orgs, people } = province
  const ward = holders.leader.orgCode
  const commune = holders.inspector.orgCode
  const cellsOf = (parent: string, except: string[] = []) => orgs.filter((o) => o.parentCode === parent && o.kind === 'cell' && !except.includes(o.code)).map((o) => o.code)
  const prefer = (wanted: string[], pool: string[], n: number) => [...wanted.filter((c) => pool.includes(c)), ...pool.filter((c) => !wanted.includes(c))].slice(0, n)
  const wardCells = prefer([`${ward}.CB02`, `${ward}.CB03`], cellsOf(ward, [holders.secretary.orgCode]), 2)
  const communeCells = cellsOf(commune).slice(0, 2)
  const tops = orgs.filter((o) => o.parentCode === rootCode && (o.kind === 'ward' || o.kind === 'commune') && o.code !== ward && o.code !== commune).map((o) => o.code)
  const others = prefer([`${rootCode}.P-HOAKHANH`, `${rootCode}.P-HAICHAU`, `${rootCode}.X-HOAVANG`, `${rootCode}.X-BANA`], tops, 4)
  if (wardCells.length < 2 || communeCells.length < 2 || others.length < 4) throw new Error('demo province lacks the units of the models')
  const taken = new Set(Object.values(holders).map((h) => h.personIndex))
  const personIn = (code: string, gender: string) => {
    const placed = (i: number) => !taken.has(i) && people[i].placements.some((pl) => pl.isPrimary && pl.orgCode.startsWith(code))
    const index = people.findIndex((p, i) => placed(i) && p.gender === gender)
    const any = index >= 0 ? index : people.findIndex((_, i) => placed(i))
    if (any < 0) throw new Error(`demo province has nobody in ${code}`)
    return ids.person(any)
  }
  return {
    provinceId: ids.org(rootCode), wardId: ids.org(ward), secretaryCellId: ids.org(holders.secretary.orgCode),
    wardCellIds: [ids.org(wardCells[0]), ids.org(wardCells[1])], communeId: ids.org(commune), communeCellIds: [ids.org(communeCells[0]), ids.org(communeCells[1])],
    otherIds: others.map(ids.org) as DemoModelUnits['otherIds'],
    consentingPersonId: personIn(wardCells[1], 'male'), otherPersonId: personIn(communeCells[1], 'female'), accountId,
  }
}
