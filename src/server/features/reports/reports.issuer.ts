// Who issues a document and where: the issuing body's name, symbol and signature titles, the superior body printed
// above it, and the place in the date line — derived from the organization tree by the rules in reports.templates.ts.
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { DocumentLayout } from '../../../common/contracts/reports.ts'
import { fold } from '../../../common/text/index.ts'
import { ISSUER_RULES, fill, type IssuerRule, type IssuerRules } from './reports.templates.ts'

export interface OrgLite {
  id: string
  name: string
  kind: string
}

export interface Issuer {
  /** The organization whose secretary (or head) signs. */
  signingOrgId: string
  /** Lines printed above the issuing body (capitals, upright); empty when there is none. */
  superior: string[]
  /** The issuing body's lines (capitals, bold). */
  body: string[]
  /** The issuing body in running text: "Đảng ủy xã An Hòa". */
  name: string
  /** The superior body in running text (recipients): "Đảng bộ tỉnh Thử Nghiệm"; null at the top. */
  superiorName: string | null
  symbol: string
  authority: string | null
  signerTitle: string
  place: string
}

const lower = (s: string) => s.toLocaleLowerCase('vi')
export const upper = (s: string) => s.toLocaleUpperCase('vi')

function startsWith(name: string, prefix: string): boolean {
  return lower(name.slice(0, prefix.length)) === lower(prefix)
}

function ruleFor(rules: IssuerRule[], org: OrgLite): { rule: IssuerRule; rest: string } {
  const rule = rules.find((r) => startsWith(org.name, r.prefix) && (!r.kinds || r.kinds.includes(org.kind as OrgKind)))
  if (!rule) throw new Error(`No issuer rule matches ${org.name}`)
  return { rule, rest: org.name.slice(rule.prefix.length) }
}

/** "Sở Giáo dục và Đào tạo" → "SGDĐT"; acronyms stay whole ("Trường THPT An Hòa" → "TTHPTAH"). */
export function initials(name: string, skip: readonly string[] = ISSUER_RULES.initialsSkip): string {
  return name
    .split(/\s+/)
    .filter((w) => w && !skip.includes(lower(w)))
    .map((w) => {
      const letter = (ch: string) => (ch === 'Đ' || ch === 'đ' ? 'Đ' : fold(ch).toUpperCase())
      if (w.length > 1 && w === upper(w) && /\p{L}/u.test(w)) return [...w].map(letter).join('')
      return letter(w[0])
    })
    .join('')
}

/** The place in the date line: the nearest commune, ward or province, without its prefixes ("Đảng bộ xã An Hòa" → "An Hòa"). */
export function placeOf(chain: readonly OrgLite[], rules: IssuerRules = ISSUER_RULES): string {
  const near = [...chain].reverse().find((o) => rules.placeKinds.includes(o.kind as OrgKind)) ?? chain[0]
  let name = near.name
  for (const prefixes of rules.placePrefixes) {
    const hit = prefixes.find((p) => startsWith(name, p))
    if (hit) name = name.slice(hit.length)
  }
  return name.trim() || near.name
}

function bodyLines(rule: IssuerRule, rest: string): string[] {
  return rule.body.map((line) => fill(line, { rest }).trim()).filter(Boolean)
}

/** Party: the organization itself issues; its parent's name is printed above. */
function partyIssuer(chain: readonly OrgLite[], rules: IssuerRules): Issuer {
  const org = chain[chain.length - 1]
  const parent = chain.length > 1 ? chain[chain.length - 2] : null
  const { rule, rest } = ruleFor(rules.party, org)
  const lines = bodyLines(rule, rest)
  const showParent = rule.showSuperior && parent !== null
  return {
    signingOrgId: org.id,
    superior: showParent ? [upper(parent.name)] : [],
    body: lines.map(upper),
    name: lines.join(' '),
    superiorName: parent?.name ?? null,
    symbol: rule.symbol ?? initials(rest, rules.initialsSkip),
    authority: rule.authority,
    signerTitle: rule.signerTitle,
    place: placeOf(chain, rules),
  }
}

/**
 * State: cells have no state body, so the nearest organization above that is not a cell issues; a commune, ward or
 * province becomes its people's committee; others keep their name, under the people's committee above them.
 */
function stateIssuer(chain: readonly OrgLite[], rules: IssuerRules): Issuer {
  let at = chain.length - 1
  while (at > 0 && chain[at].kind === 'cell') at--
  const org = chain[at]
  const { rule, rest } = ruleFor(rules.state, org)
  const lines = bodyLines(rule, rest)
  let superior: string[] = []
  let superiorName: string | null = null
  for (let i = at - 1; i >= 0; i--) {
    const above = ruleFor(rules.state, chain[i])
    if (above.rule.symbol === 'UBND') {
      const [, place = ''] = bodyLines(above.rule, above.rest)
      superiorName = `Ủy ban nhân dân ${place}`
      superior = rule.showSuperior ? [upper(`UBND ${place}`)] : []
      break
    }
  }
  if (superiorName === null && at > 0) superiorName = chain[at - 1].name
  return {
    signingOrgId: org.id,
    superior,
    body: lines.map(upper),
    name: lines.join(' '),
    superiorName,
    symbol: rule.symbol ?? initials(rest, rules.initialsSkip),
    authority: rule.authority,
    signerTitle: rule.signerTitle,
    place: placeOf(chain, rules),
  }
}

/** `chain` runs from the root down to the organization the document is about. */
export function issuerFor(layout: DocumentLayout, chain: readonly OrgLite[], rules: IssuerRules = ISSUER_RULES): Issuer {
  if (chain.length === 0) throw new Error('issuerFor needs the organization')
  return layout === 'party' ? partyIssuer(chain, rules) : stateIssuer(chain, rules)
}

/** "Số 09-BC/ĐU" or "Số: 12/QĐ-UBND"; a number under 10 gets a leading zero; without one, room to write it in. */
export function numberLine(pattern: string, typeCode: string, symbol: string, number: string | null | undefined): string {
  const n = number ? String(Number(number)).padStart(2, '0') : '\u00a0'.repeat(6)
  return fill(pattern, { number: n, type: typeCode, symbol })
}
