// link: groups the recognizers' candidates into entities — one per person, organization, place,
// date value or document per article — with every mention, the rules that found them, and the
// attributes merged. Entity ids hash the type and the folded canonical name, so the same official is
// the same id in every article and every drop.
import { defineStage, type Stage } from './data.js'
import { createHash } from 'node:crypto'
import type { VFile } from 'vfile'
import type { Entity, Mention, Position } from '../schema-types.js'
import { UNIT_PREFIX_SOURCE, vocabulary } from '../lexicon/index.js'
import { foldKey } from '../text/fold.js'
import { memoize } from '../text/memo.js'
import type { Candidate, EntityType } from './entities/candidate.js'
import { documentIdentity } from './entities/documents/document-identity.js'
import { bisect } from '../text/bisect.js'

const ORDER: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'DATE', 'LEGAL_DOCUMENT', 'EVENT']
const PREFIX: Record<EntityType, string> = {
  PERSON: 'per', ORGANIZATION: 'org', LOCATION: 'loc', DATE: 'dat', LEGAL_DOCUMENT: 'doc', EVENT: 'evt',
}

/** The stable id of an entity of `type` whose canonical name (or date value, or number) is `key`. */
export function entityId(type: EntityType, key: string): string {
  return `${PREFIX[type]}_${hashOf(`${type}\0${foldKey(key)}`)}`
}

// The same entities recur across a drop's articles; their hashes are kept, up to a bound.
const hashOf = memoize((typeAndKey: string): string => createHash('sha256').update(typeAndKey).digest('hex').slice(0, 16), 50_000)

// A document's name is its number, or its kind and number when the number is short ("Quyết định 45").
const keyOf = (c: Candidate): string => (c.type === 'DATE' ? c.date!.value : c.name)

// Places of the Central Highlands are spelled with and without the tone of their closed syllables (Đắk
// Lắk, Đăk Lăk; Krông Pắk, Krông Păk): one place, whichever the article writes.
const CLOSED_ACUTE = /[ắấ](?=k)/gu
const UNTONED: Record<string, string> = { ắ: 'ă', ấ: 'â' }
const groupKey = (c: Candidate): string => (c.type === 'LOCATION' ? foldKey(keyOf(c)).replace(CLOSED_ACUTE, (m) => UNTONED[m]!) : foldKey(keyOf(c)))

export const link: Stage = function () {
  return (_tree, file: VFile) => {
    const groups = new Map<string, Candidate[]>()
    for (const c of withFullNames(dropOverlaps(file.data.candidates ?? []))) {
      const key = `${c.type}\0${groupKey(c)}`
      const group = groups.get(key)
      if (group) group.push(c)
      else groups.set(key, [c])
    }
    const entities = [...groups.values()].map((group) => toEntity(group, file.data.text!))
    entities.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || a.mentions[0].start - b.mentions[0].start)
    file.data.entities = entities
  }
}

// The place that ends a body's canonical name ("… tỉnh Nghệ An", "… thành phố Hà Nội").
const PLACED = new RegExp(` (?:${UNIT_PREFIX_SOURCE}) \\p{Lu}[^,]*$`, 'u')

/**
 * People and bodies named short by one rule and in full by another are one entity, named in full:
 * "Mourinho" (after "HLV") and "Jose Mourinho", "Thăng" and "Đinh La Thăng", "Real" and "Real Madrid". A
 * short name is the last words of a person's full name, or the first or last word of a body's; one that
 * two full names share is left as it is.
 */
function withFullNames(candidates: Candidate[]): Candidate[] {
  // The distinct names, folded once: an article names its people and bodies many times.
  const names = new Map<string, { type: EntityType; name: string; abbreviation?: string }>()
  for (const c of candidates) {
    if ((c.type === 'PERSON' || c.type === 'ORGANIZATION') && !names.has(`${c.type}\0${c.name}`)) names.set(`${c.type}\0${c.name}`, { type: c.type, name: c.name, ...(c.abbreviation ? { abbreviation: c.abbreviation } : {}) })
  }
  const full = new Map<string, Set<string>>()
  const claim = (key: string, name: string): void => {
    full.set(key, (full.get(key) ?? new Set()).add(name))
  }
  const folded = new Map<string, string>()
  for (const [key, { type, name, abbreviation }] of names) {
    const parts = foldKey(name).split(' ')
    folded.set(key, parts.join(' '))
    for (let k = 1; k < parts.length; k++) {
      if (type === 'PERSON') claim(`${type}\0${parts.slice(k).join(' ')}`, name)
      else if (k === 1) {
        claim(`${type}\0${parts[0]!}`, name)
        claim(`${type}\0${parts.at(-1)!}`, name)
      }
    }
    // "Sở Tài chính" and "Sở Tài chính thành phố Hà Nội" in one article: the bare body is the placed one.
    const placed = type === 'ORGANIZATION' ? PLACED.exec(name) : null
    if (placed) claim(`${type}\0${foldKey(name.slice(0, placed.index))}`, name)
    // "Liên đoàn Bóng đá Việt Nam (VFF)", then "VFF": the short form the article gives is the body, unless
    // it is the short form of a kind of body (UBND: every province has one).
    if (abbreviation && !vocabulary().orgAbbreviations.has(abbreviation)) claim(`${type}\0${foldKey(abbreviation)}`, name)
  }
  const renamed = new Map<string, string>()
  for (const [key, { type }] of names) {
    const longer = full.get(`${type}\0${folded.get(key)!}`)
    if (longer?.size === 1) renamed.set(key, [...longer][0]!)
  }
  if (renamed.size === 0) return candidates
  return candidates.map((c) => {
    const name = renamed.get(`${c.type}\0${c.name}`)
    return name === undefined ? c : { ...c, name }
  })
}

// Of two candidates of one type that overlap, the longer (then the earlier) stays: "Ủy ban nhân dân
// tỉnh Nghệ An" over "Ủy ban nhân dân". Different types may nest (the province inside the committee).
// One sweep in order of position, so that it stays linear however many candidates an article has.
const NESTING = new Set<EntityType>(['ORGANIZATION'])

function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const lastOfType = new Map<EntityType, number>()
  const kept: Candidate[] = []
  // A candidate read from its context replaces those of other types on its words ("Bologna", the club
  // of a score, not the city; "Roma" of "AS Roma").
  const overriding = candidates.filter((c) => c.overrides).sort((a, b) => a.start - b.start)
  const overridden = (c: Candidate): boolean => {
    if (c.overrides || overriding.length === 0) return false
    const lo = bisect(overriding.length, (i) => overriding[i]!.start <= c.start)
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
      const o = overriding[k]!
      if (o.type !== c.type && o.start <= c.start && c.end <= o.end) return true
    }
    return false
  }
  const sorted = candidates.filter((c) => !overridden(c)).sort((a, b) => a.start - b.start || b.end - a.end)
  for (const c of sorted) {
    const at = lastOfType.get(c.type)
    const last = at === undefined ? undefined : kept[at]
    if (last && c.start < last.end) {
      // A body inside another's name is a body too: "Ban Dân vận Tỉnh ủy" names the Tỉnh ủy.
      if (NESTING.has(c.type) && c.end <= last.end && (c.start > last.start || c.end < last.end)) kept.push(c)
      else if (c.end - c.start > last.end - last.start) kept[at!] = c
      continue
    }
    lastOfType.set(c.type, kept.length)
    kept.push(c)
  }
  return kept
}

function toEntity(group: Candidate[], text: string): Entity {
  const first = group[0]!
  const type = first.type
  const name = keyOf(first)
  const mentions = group.map((c): Mention => ({ text: text.slice(c.start, c.end), start: c.start, end: c.end, rule: c.rule, ...(c.score !== undefined ? { score: c.score } : {}) }))
  const entity: Entity = {
    id: entityId(type, name),
    type,
    name,
    mentions: mentions as Entity['mentions'],
  }
  const aliases = unique(group.map((c) => c.name).concat(mentions.map((m) => m.text))).filter((a) => foldKey(a) !== foldKey(name))
  if (aliases.length > 0 && type !== 'DATE') entity.aliases = aliases
  entity.explain = uniqueBy(group.map((c) => (c.lexicon ? { rule: c.rule, lexicon: c.lexicon } : { rule: c.rule })), (e) => `${e.rule}\0${e.lexicon ?? ''}`)
  if (type === 'PERSON') entity.positions = mergePositions(group)
  if (type === 'DATE') Object.assign(entity, { value: first.date!.value, precision: first.date!.precision, inferred: group.every((c) => c.date!.inferred) })
  if (type === 'LEGAL_DOCUMENT') {
    const doc = { ...first.document! }
    // Later citations may say what the first did not (its date, issuer or title).
    for (const c of group) for (const k of ['date', 'issuer', 'title'] as const) doc[k] ??= c.document![k]
    Object.assign(entity, definedOnly({ number: doc.number, kind: doc.kind, date: doc.date, issuer: doc.issuer, title: doc.title }))
    entity.id = entityId(type, documentIdentity(name, doc).key)
  }
  if (type === 'LOCATION') Object.assign(entity, definedOnly({ admin: group.find((c) => c.admin)?.admin, country: group.find((c) => c.country)?.country }))
  if (type === 'ORGANIZATION') Object.assign(entity, definedOnly({ abbreviation: group.find((c) => c.abbreviation)?.abbreviation }))
  if (type === 'EVENT') {
    const event = group.find((c) => c.event)?.event
    if (event) Object.assign(entity, definedOnly({ kind: event.kind, date: group.find((c) => c.event?.date)?.event?.date, place: group.find((c) => c.event?.place)?.event?.place }))
  }
  return entity
}

// One office per person, however often it is restated: a shorter title that a longer one contains
// ("Thứ trưởng" in "Thứ trưởng Bộ Công an") is the same office said again.
function mergePositions(group: Candidate[]): Position[] {
  // The same role in the same body is one office, however it is spelled ("UBND" or "Ủy ban nhân dân").
  const positions = uniqueBy(group.flatMap((c) => c.positions ?? []), (p) => (p.organization ? `${foldKey(p.role)}\0${foldKey(p.organization)}` : foldKey(p.title)))
  const keys = positions.map((p) => foldKey(p.title))
  const kept = positions.filter((_, i) => !keys.some((k, j) => j !== i && k.length > keys[i]!.length && k.includes(keys[i]!)))
  return kept.map((p) =>
    definedOnly({ title: p.title, role: p.role, organization: p.organization, organization_id: p.organization ? entityId('ORGANIZATION', p.organization) : undefined, organization_inferred: p.organizationInferred, start: p.start, end: p.end }),
  )
}

const unique = (xs: string[]): string[] => [...new Set(xs)]

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>()
  return xs.filter((x) => {
    const k = key(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

export const linkStage = defineStage({ name: 'link', reads: ['text', 'candidates'], writes: ['entities'], plugin: link })
