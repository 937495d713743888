// People and the offices the article says they hold. A name is found three ways: a known surname
// followed by capitalized syllables ("Bùi Thị Minh Hoài"); capitalized words after an honorific
// ("ông Y Thanh Hà Niê Kđăm") or after an office ("Thủ tướng Lào Thongloun Sisoulith"); or an alias of
// a historical figure ("Bác Hồ"). Offices are read in the patterns of official writing: "Title Name",
// "Name – Title, Title; …", "Name, Title of Org", ranks before a name, and "kiêm" joining two offices.
// Later short mentions ("ông Thăng", "đồng chí Thưởng") are linked to the full name they shorten.
import { countryNameTrie, knownPlaces, lexicons, nameCues, placePrefixes, vocabulary } from '../../../lexicon/index.js'
import { titleCase } from '../../../text/case.js'
import { foldKey } from '../../../text/fold.js'
import { isSyllable } from '../../../text/syllable.js'
import type { ArticleWords } from '../article-words.js'
import { locativeCue, opensSentence } from '../locations/location-cues.js'
import { coveredWords } from '../coverage.js'
import { placeKeys } from '../locations/location-names.js'
import { capitalRun as namesRun, cueAt, foreignEnd, thingBefore, trimRun } from './name-runs.js'
import { hasVietnameseLetter } from './name-shape.js'
import { isForeignRun, namedOrganizationAt } from '../organizations/organization-names.js'
import type { Candidate, EntityType, PositionAttrs } from '../candidate.js'
import { articlePlace } from '../context.js'
import type { ArticleInput } from '../recognizer.js'
import { parseOrganization, type OrgContext } from '../organizations/organizations.js'
import { PERSON_CUE } from '../word-hits.js'
import { joinWords, type Word } from '../words.js'

const MAX_NAME = 4
const NEEDS_BODY = new Set(['Phó', 'Trưởng', 'Phó Trưởng'])
// Separators between a name and the offices that follow it.
const AFTER_NAME = /^\s*[-–—,(]\s*$|^\s+[-–—]\s+$/u
const BETWEEN_OFFICES = /^(,\s*|\s*;\s*)$/u

interface Found {
  start: number
  /** Index past the name's last word. */
  end: number
  name: string
  rule: string
  lexicon?: string
}

// Words of a place or a body's name ("tỉnh Quảng Ninh", "Trường THPT Chu Văn An") start no name.
const PLACES_AND_BODIES: ReadonlySet<EntityType> = new Set(['LOCATION', 'ORGANIZATION'])

export function recognizePeople(input: ArticleInput): Candidate[] {
  const { words } = input
  const ctx: OrgContext = { province: articlePlace(input.found, 'province'), district: articlePlace(input.found, 'district'), published: input.published, article: input.article }
  const covered = coveredWords(words, input.found, PLACES_AND_BODIES)
  // One name, one sense in an article: a foreign name that a cue made a place or a body's somewhere
  // ("Công ty dịch vụ năng lượng Baker Hughes", "ở Old Trafford") is that wherever it is written alone.
  const elsewhere = new Set(input.found.filter((c) => PLACES_AND_BODIES.has(c.type)).map((c) => foldKey(input.text.slice(c.start, c.end))))
  const out: Candidate[] = []
  const spans: Found[] = []
  for (let i = 0; i < words.length; i++) {
    // Words of a place or a body's name ("tỉnh Quảng Ninh", "Trường THPT Chu Văn An") start no name.
    if (covered[i]) continue
    const found = findName(words, i, covered, ctx, input.article, elsewhere)
    if (!found) continue
    const start = words[found.start]!.start
    const end = words[found.end - 1]!.end
    i = found.end - 1
    const before = officesBefore(words, found.start, ctx, spans.at(-1)?.end)
    spans.push(found)
    const positions = [...(before.length > 0 ? before : listOffice(words, spans, ctx)), ...officesAfter(words, found.start, found.end, ctx)]
    out.push({ type: 'PERSON', start, end, name: found.name, rule: found.rule, ...(found.lexicon ? { lexicon: found.lexicon } : {}), positions })
  }
  return [...out, ...shortMentions(words, out, covered)]
}

/**
 * An alias of a historical figure written as the lexicon writes it: "Bác Hồ", "Bác" capitalized, but
 * not "bác sĩ", nor a one-word alias opening a sentence ("Bác sĩ Thái cho hay").
 */
function readAlias(words: Word[], i: number) {
  const trie = vocabulary().personAliases
  if (!trie.opens(words[i]!.key)) return undefined
  const alias = trie.longestSpaced(words, i)
  if (!alias || alias.value.alias.charAt(0) !== words[i]!.text.charAt(0)) return undefined
  if (alias.end === i + 1 && (opensSentence(words, i) || (words[i]!.gap === ' ' && words[i + 1] && !words[i + 1]!.cap && isSyllable(words[i + 1]!.text) && !vocabulary().functionWords.has(words[i + 1]!.key) && PROFESSION_AFTER.has(words[i + 1]!.key)))) return undefined
  return alias
}

// "bác sĩ", "bác học": a one-word alias followed by these is a common noun.
const PROFESSION_AFTER = new Set(['sĩ', 'học', 'bỏ', 'ái', 'vật'])

/**
 * "HLV Mourinho", "tiền đạo Gonzalo Higuain", "ca sĩ Tim", "diễn viên Việt Anh": the capitalized words
 * after a profession or a description of a person are a person's name, foreign or a stage name.
 */
function nameAfterCue(words: Word[], i: number, covered: Uint8Array, article: ArticleWords): Found | undefined {
  const cue = cueAt(nameCues().personBefore, words, i, 5)
  if (!cue || covered[cue.end] || !words[cue.end]!.cap) return undefined
  const [start, end] = trimRun(words, cue.end, Math.min(nameRunEnd(words, cue.end, covered), cue.end + 4), article)
  if (start !== cue.end || end <= start || !plausibleName(words, start, end)) return undefined
  return named(words, start, end, 'person.after-cue', `name-cues:${cue.value}`)
}

/**
 * "Gonzalo Higuain", "Lula da Silva", "Bashar al-Assad": two to four capitalized words, foreign, that
 * nothing before made a place or a body's, and that no word of makes a club's or an event's name.
 */
function foreignName(words: Word[], i: number, covered: Uint8Array, article: ArticleWords): Found | undefined {
  // Most runs have no foreign word: one look at the first two passes them over.
  if (!words[i]!.foreign && !words[i + 1]?.foreign) return undefined
  const run = nameRunEnd(words, i, covered)
  // "Brazil Lula da Silva" (of "Tổng thống Brazil …"), "ở Marawi Jo-Ar Herera": a place before the
  // name is not the name's; a city's name opens a person's ("Vladimir Putin") unless a locative is before it.
  const place = knownPlaces().longest(placeKeys(words, i), i)
  const from = place && place.end < run && (place.value.kind !== 'world-city' || locativeCue(words, i, place.end)) ? place.end : i
  const [start, end] = trimRun(words, from, run, article)
  if (start !== from || end - start < 2 || end - start > 4 || !isForeignRun(words, start, end) || !plausibleName(words, start, end)) return undefined
  // A foreign person's name has no Vietnamese marks ("Điện Kremlin", "Chư Pah" are not names of people),
  // and no thing's noun comes before it ("xe Ford Ranger", "tàu Chemroad Journey").
  for (let k = start; k < end; k++) if (hasVietnameseLetter(words[k]!.text)) return undefined
  if (thingBefore(words, start) || quoted(words, start, end)) return undefined
  return named(words, start, end, 'person.foreign-name', 'name-shape:foreign')
}

/** A run in quotation marks of its own (“Big Five”) is a nickname or a title, not a person's name. */
function quoted(words: Word[], start: number, end: number): boolean {
  return start > 0 && /[“"]$/u.test(words[start - 1]!.gap) && /^[”"]/u.test(words[end - 1]!.gap)
}

/** Index past the capitalized words from `i` (with a foreign name's particles), none covered. */
const nameRunEnd = (words: Word[], i: number, covered: Uint8Array): number => foreignEnd(words, i, namesRun(words, i, covered, 6))

/** No word names nothing, an event, a club or a company, and none is an abbreviation or a number. */
function plausibleName(words: Word[], from: number, to: number): boolean {
  const cues = nameCues()
  const v = vocabulary()
  // "lãnh đạo Sở", "ca sĩ Mỹ", "The Hill": a body, an office or a place, or a title's article.
  if (words[from]!.key === 'the' || v.orgHeads.longestSpaced(words, from) || v.roles.longestSpaced(words, from) || placePrefixes().prefixes.longestSpaced(words, from)) return false
  if (knownPlaces().longest(placeKeys(words, from), from)?.end === to) return false
  for (let k = from; k < to; k++) {
    const w = words[k]!
    if (w.upper || /\d/u.test(w.text) || cues.notNames.has(w.key) || cues.eventWords.has(w.key)) return false
  }
  if (to - from >= 2 && (cues.orgSuffixes.has(words[to - 1]!.key) || cues.orgPrefixes.opens(words[from]!.key))) return false
  for (let k = from; k < to - 1; k++) if (words[k]!.gap === ' & ') return false
  return true
}

function findName(words: Word[], i: number, covered: Uint8Array, ctx: OrgContext, article: ArticleWords, elsewhere: ReadonlySet<string>): Found | undefined {
  const w = words[i]!
  // Most words are in lower case and open no cue: one bit passes them over.
  if (!w.cap && !(w.hits & PERSON_CUE)) return undefined
  const v = vocabulary()
  const lex = lexicons()
  const alias = readAlias(words, i)
  if (alias) {
    // "Chủ tịch Hồ Chí Minh": the office before the name is an office, read as such; the name is the mention.
    const office = v.roles.longestSpaced(words, i) ?? v.ranks.longestSpaced(words, i)
    const start = office && office.end < alias.end ? office.end : i
    return { start, end: alias.end, name: alias.value.name, rule: 'person.alias', lexicon: `person-aliases:${alias.value.name}` }
  }
  const honorific = v.honorifics.opens(w.key) ? v.honorifics.longestSpaced(words, i) : undefined
  if (honorific && honorific.end < words.length && words[honorific.end - 1]!.gap === ' ') {
    const run = capitalRun(words, honorific.end, covered)
    if (run - honorific.end >= 2) return named(words, honorific.end, run, 'person.after-honorific', `titles:${honorific.value}`)
    // "ông Thăng": a short mention, linked later to the full name it shortens.
    if (run > honorific.end) return undefined
  }
  const afterCue = nameAfterCue(words, i, covered, article)
  if (afterCue) return afterCue
  // Offices may be written in lower case: "người đứng đầu SOHR Rami Abdel Rahman", "thẩm phán James Robart".
  const afterOffice = nameAfterOffice(words, i, covered, ctx)
  if (afterOffice) return afterOffice
  if (!w.cap) return undefined
  // A foreign name opens a run of capitalized words, or follows an abbreviation ("SOHR Rami Abdel Rahman").
  const opensRun = i === 0 || !words[i - 1]!.cap || words[i - 1]!.gap !== ' ' || words[i - 1]!.upper
  if (!lex.isSurname(w.text)) {
    const found = listedName(words, i, covered, ctx) ?? (opensRun ? foreignName(words, i, covered, article) : undefined)
    return found?.rule === 'person.foreign-name' && elsewhere.has(foldKey(joinWords(words, found.start, found.end))) ? undefined : found
  }
  let run = capitalRun(words, i, covered)
  // Without an honorific or an office, every syllable after the surname must be a given name:
  // "Văn Miếu", "Bạch Đằng" and "Đinh Dậu" (a year of the lunar calendar) are not people.
  let k = i + 1
  while (k < run && lex.isGivenName(words[k]!.text) && !isLunarYear(words, i, k)) k++
  // A rare given name may end a name whose surname and middle name are known: "Lê Minh Khái".
  // Not a word the article writes in lower case: a heading run into the next sentence ("Trần Hương Sau …").
  if (k < run && k - i >= 2 && /^[\p{L}]+$/u.test(words[k]!.text) && !/[fjwz]/i.test(words[k]!.text) && !article.lower.has(words[k]!.key)) k++
  run = k
  if (run - i < 2 || thingBefore(words, i)) return undefined
  return named(words, i, run, 'person.surname', `surnames:${w.text}`)
}

// Names written in Latin letters without Vietnamese marks: foreign names ("Thongloun Sisoulith").
const FOREIGN = /^[A-Z][a-z'’-]*[a-z]$/
const isForeign = (words: Word[], from: number, to: number): boolean => words.slice(from, to).every((w) => FOREIGN.test(w.text))

/** "Thủ tướng Lào Thongloun Sisoulith", "Hòa thượng Danh Lung": the name right after an office or rank. */
function nameAfterOffice(words: Word[], i: number, covered: Uint8Array, ctx: OrgContext): Found | undefined {
  const v = vocabulary()
  if (!v.roles.opens(words[i]!.key) && !v.ranks.opens(words[i]!.key)) return undefined
  const office = readOffice(words, i, ctx, false)
  if (!office || office.end >= words.length || words[office.end - 1]!.gap !== ' ') return undefined
  const j = office.end
  const run = capitalRun(words, j, covered)
  if (run - j >= 2 && (lexicons().isSurname(words[j]!.text) || isForeign(words, j, run))) return named(words, j, run, 'person.after-office', `titles:${joinWords(words, i, j)}`)
  // "Tổng thống Bashar al-Assad", "Tổng thống Putin": a foreign name, of one word or with particles.
  const foreign = nameRunEnd(words, j, covered)
  if (foreign > j && isForeignRun(words, j, foreign) && plausibleName(words, j, foreign)) return named(words, j, Math.min(foreign, j + 4), 'person.after-office', `titles:${joinWords(words, i, j)}`)
  return undefined
}

/** "…; Souphanh Keomixay, Ủy viên Trung ương Đảng, …": a foreign name that opens an item of a list of officials. */
function listedName(words: Word[], i: number, covered: Uint8Array, ctx: OrgContext): Found | undefined {
  if (!FOREIGN.test(words[i]!.text)) return undefined
  const run = capitalRun(words, i, covered)
  if (run - i < 2 || run >= words.length || !isForeign(words, i, run)) return undefined
  const before = i === 0 ? '\n' : words[i - 1]!.gap
  if (!/[;:\n]\s*$/.test(before) && !['và', 'cùng', 'có', 'gồm', 'là'].includes(words[i - 1]!.key)) return undefined
  if (!AFTER_NAME.test(words[run - 1]!.gap) || !readOffice(words, run, ctx, true)) return undefined
  return named(words, i, run, 'person.listed', 'titles:list')
}

// Years of the sexagenary cycle ("Đinh Dậu", "Canh Tý") read like names: a heavenly stem and an earthly branch.
const STEMS = new Set(['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'])
const BRANCHES = new Set(['tý', 'sửu', 'dần', 'mão', 'mẹo', 'thìn', 'tỵ', 'tị', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'])
const isLunarYear = (words: Word[], i: number, k: number): boolean =>
  k === i + 1 && STEMS.has(words[i]!.key) && BRANCHES.has(words[k]!.key)

function named(words: Word[], start: number, end: number, rule: string, lexicon: string): Found {
  const name = words.slice(start, end).map((w) => titleCase(w.text)).join(' ')
  return { start, end, name, rule, lexicon }
}

/** Index past the capitalized words from `i` that can be a name: not an office, body or place word. */
function capitalRun(words: Word[], i: number, covered: Uint8Array): number {
  const v = vocabulary()
  let k = i
  while (k < words.length && words[k]!.cap && !covered[k] && k - i < MAX_NAME && (k === i || words[k - 1]!.gap === ' ')) {
    if (k > i && (v.roles.longestSpaced(words, k) || v.orgHeads.longestSpaced(words, k) || words[k]!.upper)) break
    k++
  }
  return k
}

interface Office {
  /** Index past the office's last word. */
  end: number
  position: PositionAttrs
}

/** The office that starts at word `k`: a role, its qualifiers, and the body it belongs to. */
// Offices are read from the same word many times (before each name, after it, as a name's lead): each
// article's readings are kept, by the article's words.
const offices = new WeakMap<Word[], Map<number, Office | null>>()

function readOffice(words: Word[], k: number, ctx: OrgContext, trailingName: boolean): Office | undefined {
  let known = offices.get(words)
  if (!known) offices.set(words, (known = new Map()))
  const key = trailingName ? -k - 1 : k
  let office = known.get(key)
  if (office === undefined) known.set(key, (office = readOfficeAt(words, k, ctx, trailingName) ?? null))
  return office ?? undefined
}

function readOfficeAt(words: Word[], k: number, ctx: OrgContext, trailingName: boolean): Office | undefined {
  const v = vocabulary()
  if (!v.roles.opens(words[k]!.key) && !v.ranks.opens(words[k]!.key)) return undefined
  const roles = v.roles.matchesSpaced(words, k)
  const rank = v.ranks.longestSpaced(words, k)
  if (roles.length === 0) {
    if (!rank) return undefined
    return { end: rank.end, position: position(words, k, rank.end, rank.end) }
  }
  let best: Office | undefined
  // Longest role first; a shorter role wins only when the body after it reaches further
  // ("Trưởng" + "Ban Dân vận Trung ương" over "Trưởng Ban" + nothing).
  for (const role of [...roles].reverse()) {
    let end = role.end
    while (end < words.length && words[end - 1]!.gap === ' ') {
      const q = v.qualifiers.longestSpaced(words, end)
      if (!q) break
      end = q.end
    }
    // "Bộ trưởng Ngoại giao Nga", "Bộ trưởng Quốc phòng Philippines": the field of a ministry named by
    // its minister's office, then its country.
    const field = end < words.length && words[end - 1]!.gap === ' ' && !v.orgHeads.opens(words[end]!.key) ? v.domains.longestSpaced(words, end) : undefined
    if (field) end = field.end
    const roleEnd = end
    let organization: string | undefined
    let inferred = false
    // "HLV trưởng của U20 New Zealand", "phát ngôn viên của lực lượng liên quân": "của" before the body.
    const of = end + 1 < words.length && words[end - 1]!.gap === ' ' && words[end]!.key === 'của' && words[end]!.gap === ' ' ? end + 1 : end
    if (of < words.length && words[of - 1]!.gap === ' ') {
      // "thư ký Bộ trưởng Bộ Giáo dục", "Trợ lý Tổng thống": the office of the one served.
      // Not "Phó" + "Bí thư Thường trực": that is the role "Phó Bí thư".
      const served = !NEEDS_BODY.has(role.value) && v.roles.opens(words[of]!.key) ? readOffice(words, of, ctx, false) : undefined
      const org = served ? undefined : parseOrganization(words, of, ctx)
      const named = served || org ? undefined : namedOrganizationAt(words, of, [], ctx.article)
      if (served) {
        organization = served.position.title
        end = served.end
      } else if (org) {
        organization = org.name
        inferred = org.inferred
        end = org.end
      } else if (countryAt(words, of)) {
        // "Thủ tướng Lào", "Đại sứ Lào": the office of another country's state.
        const country = countryAt(words, of)!
        organization = country.name
        end = country.end
      } else if (named) {
        // "thủ lĩnh nhóm phiến quân Maute", "người đứng đầu SOHR".
        organization = named.name
        end = named.end
      } else if (!trailingName && of > end && describedUntilName(words, of) !== undefined) {
        // "Phát ngôn viên của lực lượng liên quân ở Marawi Jo-Ar Herera": the body described, up to the name.
        end = describedUntilName(words, of)!
        organization = joinWords(words, of, end)
      } else if (trailingName && of === end && words[end]!.cap && !lexicons().isSurname(words[end]!.text) && !v.orgHeads.longestSpaced(words, end)) {
        // After a name, the capitalized words that follow an office name its company: "Tổng Giám đốc
        // Becamex IDC"; not another person's name ("…, Tổng thống Donald Trump khẳng định"), nor the
        // head of a body whose name could not be read ("Giám đốc Trung tâm điều tra dư luận xã hội").
        let e = end
        while (e < words.length && words[e]!.cap && (e === end || words[e - 1]!.gap === ' ') && e - end < 5) e++
        if (words.slice(end, e).some((w) => w.upper) || !isForeignRun(words, end, e)) {
          organization = words.slice(end, e).map((w) => w.text).join(' ')
          end = e
        }
      }
    }
    // "Phó", "Trưởng" alone are no office: only with the body they belong to.
    if (!organization && NEEDS_BODY.has(role.value)) continue
    // Roles come longest first; a shorter one wins a tie, since its body is then named in full
    // ("Thường trực" + "Ban Bí thư Trung ương Đảng" over "Thường trực Ban Bí thư" + "Trung ương Đảng").
    if (!best || end >= best.end) {
      const p = position(words, k, roleEnd, end)
      if (organization) {
        p.organization = organization
        if (inferred) p.organizationInferred = true
      }
      best = { end, position: p }
    }
  }
  return best
}

const DESCRIPTION_WORDS = 8

/**
 * Where a body described in lower-case words ends, when a person's name follows it: "lực lượng liên
 * quân ở Marawi" before "Jo-Ar Herera", "quân đội Nga" before "Igor Konashenkov". A place may end it.
 */
function describedUntilName(words: Word[], k: number): number | undefined {
  let e = k
  while (e < words.length && e - k < DESCRIPTION_WORDS && !words[e]!.cap && /^\p{L}+$/u.test(words[e]!.text) && words[e]!.gap === ' ') e++
  if (e === k || e >= words.length) return undefined
  const place = knownPlaces().longest(placeKeys(words, e), e)
  if (place && place.end < words.length && nameFollows(words, place.end)) return place.end
  return nameFollows(words, e) ? e : undefined
}

function countryAt(words: Word[], k: number): { end: number; name: string } | undefined {
  const countryNames = countryNameTrie()
  const match = countryNames.opens(words[k]!.key) ? countryNames.longestSpaced(words, k) : undefined
  return match && { end: match.end, name: match.value }
}

function position(words: Word[], start: number, roleEnd: number, end: number): PositionAttrs {
  return { title: joinWords(words, start, end), role: joinWords(words, start, roleEnd), start: words[start]!.start, end: words[end - 1]!.end }
}


/**
 * "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải": the offices written right before the
 * name, the nearest first found, then those before it joined by a comma or "kiêm".
 */
function officesBefore(words: Word[], nameStart: number, ctx: OrgContext, previousNameEnd?: number): PositionAttrs[] {
  if (nameStart === 0) return []
  // "thủ lĩnh nhóm phiến quân Maute, Abdullah Maute": an office of a named body, then a comma.
  if (/^,\s$/.test(words[nameStart - 1]!.gap)) {
    const office = officeEndingAt(words, nameStart, ctx)
    return office?.office.position.organization ? [office.office.position] : []
  }
  if (!/^\)?\s$/.test(words[nameStart - 1]!.gap)) return []
  const v = vocabulary()
  let to = nameStart
  // Honorifics may stand between the office and the name: "Bí thư Tỉnh ủy, đồng chí …".
  for (let k = Math.max(0, to - 3); k < to; k++) {
    const h = v.honorifics.longestSpaced(words, k)
    if (h && h.end === to) to = k
  }
  if (to !== nameStart && (to === 0 || !/^[,)]?\s$/u.test(words[to - 1]!.gap))) return []
  const out: PositionAttrs[] = []
  let chainStart = to
  for (let found = officeEndingAt(words, to, ctx); found && out.length < 6; ) {
    out.unshift(found.office.position)
    const k = (chainStart = found.start)
    const rankStart = rankBefore(words, k)
    if (rankStart !== undefined) {
      out.unshift(position(words, rankStart, k, k))
      return out
    }
    // Before it, another office joined by a comma ("…, Bí thư") or by "kiêm".
    if (k > 0 && /^,\s$/.test(words[k - 1]!.gap)) found = officeEndingAt(words, k, ctx)
    else if (k > 1 && words[k - 1]!.key === 'kiêm' && words[k - 2]!.gap === ' ') found = officeEndingAt(words, k - 1, ctx)
    else found = undefined
  }
  // "Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, Thủ tướng Nguyễn Xuân Phúc":
  // offices that follow another name after a comma are that name's; this one has only the nearest.
  if (out.length > 1 && previousNameEnd === chainStart && /^,\s$/.test(words[chainStart - 1]!.gap)) return out.slice(-1)
  return out
}

const LIST_OPENERS = new Set(['gồm', 'là'])
const NEAR_OFFICE = new Set(['trên', 'này', 'đó', 'có'])

/**
 * "Ba thẩm phán trên gồm bà Michelle Friedland, ông William Canby và Richard Clifton": an office, then
 * "gồm" or "là", then a list of names: the office is each name's. `spans` are the names found so far,
 * the last the one whose office is sought.
 */
function listOffice(words: Word[], spans: readonly Found[], ctx: OrgContext): PositionAttrs[] {
  const v = vocabulary()
  let item = spans.length - 1
  for (;;) {
    let s = spans[item]!.start
    for (let k = Math.max(0, s - 2); k < s; k++) {
      const h = v.honorifics.longestSpaced(words, k)
      if (h && h.end === s && words[s - 1]!.gap === ' ') {
        s = k
        break
      }
    }
    if (s === 0) return []
    const previous = spans[item - 1]
    // The item before ends with a comma right before this one, or before "và".
    if (previous && ((previous.end === s && /^,\s$/u.test(words[s - 1]!.gap)) || (previous.end === s - 1 && ['và', 'cùng'].includes(words[s - 1]!.key) && words[s - 2]!.gap === ' '))) {
      item--
      continue
    }
    let k = s - 1
    if (!LIST_OPENERS.has(words[k]!.key) || !/^:?\s$/u.test(words[k]!.gap)) return []
    if (k > 0 && words[k - 1]!.key === 'gồm') k--
    if (k > 0 && NEAR_OFFICE.has(words[k - 1]!.key) && words[k - 1]!.gap === ' ') k--
    if (k === 0 || words[k - 1]!.gap !== ' ') return []
    const office = officeEndingAt(words, k, ctx)
    return office ? [office.office.position] : []
  }
}

/** The longest office that ends exactly before word `to`, if one does. */
function officeEndingAt(words: Word[], to: number, ctx: OrgContext): { start: number; office: Office } | undefined {
  for (let k = Math.max(0, to - 14); k < to; k++) {
    const office = readOffice(words, k, ctx, false)
    if (office && office.end === to) return { start: k, office }
  }
  return undefined
}

function rankBefore(words: Word[], k: number): number | undefined {
  const v = vocabulary()
  for (let r = Math.max(0, k - 3); r < k; r++) {
    const rank = v.ranks.longestSpaced(words, r)
    if (rank && rank.end === k && words[k - 1]!.gap === ' ') return r
  }
  return undefined
}

/** Whether "Theo" opens the phrase the name ends ("Theo ông X", "theo đại biểu X"), within five words. */
function sourcedBy(words: Word[], nameStart: number): boolean {
  for (let k = nameStart - 1; k >= Math.max(0, nameStart - 5); k--) {
    if (words[k]!.key === 'theo') return true
    if (words[k]!.gap !== ' ') return false
  }
  return false
}

/**
 * The offices written after a name: listed after a dash or a comma ("Trần Đình Văn – Phó Bí thư Thường
 * trực Tỉnh ủy, Trưởng Đoàn …"), or after a copula ("… Thongloun Sisoulith là Vụ trưởng Vụ Nghiên cứu,
 * Phủ Thủ tướng; năm 1987 -1992, là Thứ trưởng Bộ Ngoại giao; …").
 */
function officesAfter(words: Word[], nameStart: number, nameEnd: number, ctx: OrgContext): PositionAttrs[] {
  if (nameEnd >= words.length) return []
  const gap = words[nameEnd - 1]!.gap
  if (gap === ' ') {
    const copula = vocabulary().copulas.longestSpaced(words, nameEnd)
    return copula && words[copula.end - 1]!.gap === ' ' ? career(words, copula.end, ctx) : []
  }
  if (!AFTER_NAME.test(gap)) return []
  // "Theo đại biểu X, Bí thư Tỉnh ủy phải …": the comma closes "Theo X"; a new subject follows.
  if (nameStart > 0 && /^,\s$/u.test(gap) && sourcedBy(words, nameStart)) return []
  let k = nameEnd
  // "ông Tiếu Hoa Năng, khi đó là Chi cục trưởng …"
  const opening = vocabulary().connectors.longestSpaced(words, k)
  if (opening && words[opening.end - 1]!.gap === ' ' && !readOffice(words, k, ctx, true)) k = opening.end
  return officeList(words, k, ctx).positions
}

/** Offices from word `k` on, joined by commas or by "kiêm", and the index past the last. */
function officeList(words: Word[], k: number, ctx: OrgContext): { positions: PositionAttrs[]; end: number } {
  const positions: PositionAttrs[] = []
  for (;;) {
    const office = readOffice(words, k, ctx, true)
    // "Emmanuel Macron, Thủ tướng Đức Angela Merkel": an office right before another name is its.
    if (!office || nameFollows(words, office.end)) break
    positions.push(office.position)
    k = office.end
    if (k >= words.length) break
    const gap = words[k - 1]!.gap
    if (gap !== ' ' && !(BETWEEN_OFFICES.test(gap) && !gap.includes(';'))) break
    // "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Đức Thọ", "…, kiêm giữ chức Cục trưởng Cục Kiểm lâm"
    const connector = vocabulary().connectors.longestSpaced(words, k)
    if (connector && words[connector.end - 1]!.gap === ' ') k = connector.end
    else if (gap === ' ') break
  }
  return { positions, end: k }
}

const CAREER_CLAUSES = 16
const TIME_WORDS = new Set(['từ', 'đến', 'tới', 'năm', 'tháng', 'nay', 'giai', 'đoạn', 'thời', 'kỳ', 'sau', 'đó', 'cuối', 'đầu', 'giữa'])

/**
 * A career after a copula: the offices of its first clause, then of each clause after a semicolon in the
 * same sentence that opens with its years or a copula and no new subject ("; năm 1987 -1992, là Thứ
 * trưởng Bộ Ngoại giao", "; năm 1979-1981, thư ký Bộ trưởng Bộ Giáo dục").
 */
function career(words: Word[], k: number, ctx: OrgContext): PositionAttrs[] {
  const out: PositionAttrs[] = []
  for (let clause = 0; clause < CAREER_CLAUSES; clause++) {
    out.push(...officeList(words, k, ctx).positions)
    let next = k + 1
    while (next < words.length && !words[next - 1]!.gap.includes(';')) {
      if (/[.!?\n]/u.test(words[next - 1]!.gap)) return out
      next++
    }
    if (next >= words.length) return out
    let at = next
    while (at < words.length && (TIME_WORDS.has(words[at]!.key) || /^\d/u.test(words[at]!.text)) && (at === next || !/[,;]/u.test(words[at - 1]!.gap))) at++
    if (at >= words.length) return out
    const timed = at > next && /^\s*,\s$/u.test(words[at - 1]!.gap)
    const copula = vocabulary().copulas.longestSpaced(words, at)
    if (copula && words[copula.end - 1]!.gap === ' ') at = copula.end
    // "; Chủ nhiệm Ủy ban Kế hoạch và Đầu tư; …": a clause of offices alone goes on the list.
    else if (!timed && officeList(words, at, ctx).positions.length === 0) return out
    k = at
  }
  return out
}

/** Whether a person's name starts at word `k`, right after what comes before it: a surname, or a foreign name. */
function nameFollows(words: Word[], k: number): boolean {
  const w = words[k]
  return Boolean(w && words[k - 1]!.gap === ' ' && w.cap && (w.foreign || (lexicons().isSurnameKey(w.key) && words[k + 1]?.cap && w.gap === ' ')))
}

// "ông Thăng", "đồng chí Thưởng", "bà Hoài": an honorific and the given name of someone named in full;
// "anh Tú", "chị Hằng", "ông Trump": of someone named so only, who is that name.
function shortMentions(words: Word[], people: Candidate[], covered: Uint8Array): Candidate[] {
  const v = vocabulary()
  const byGiven = new Map<string, Candidate[]>()
  for (const p of people) {
    const given = foldKey(p.name.split(' ').at(-1)!)
    const list = byGiven.get(given) ?? []
    if (!list.some((x) => x.name === p.name)) list.push(p)
    byGiven.set(given, list)
  }
  const taken = people.map((p) => [p.start, p.end] as const)
  const out: Candidate[] = []
  for (let i = 0; i + 1 < words.length; i++) {
    const honorific = v.honorifics.longestSpaced(words, i)
    const h = honorific ?? v.roles.longestSpaced(words, i)
    if (!h || h.end >= words.length || words[h.end - 1]!.gap !== ' ') continue
    // "Phạm Quỳnh Anh Vợ chồng…": a capitalized word that ends a name is no honorific.
    if (words[i]!.cap && i > 0 && words[i - 1]!.cap && words[i - 1]!.gap === ' ') continue
    const w = words[h.end]!
    if (!w.cap || (words[h.end + 1]?.cap && w.gap === ' ')) continue
    if (taken.some(([s, e]) => s <= w.start && w.end <= e)) continue
    const matches = byGiven.get(w.key)
    if (matches?.length === 1) {
      out.push({ type: 'PERSON', start: w.start, end: w.end, name: matches[0]!.name, rule: 'person.short-mention', positions: [] })
    } else if (!matches && honorific && !covered[h.end] && givenNameAlone(words, h.end)) {
      out.push({ type: 'PERSON', start: w.start, end: w.end, name: titleCase(w.text), rule: 'person.given-name', lexicon: `titles:${honorific.value}`, positions: [] })
    }
  }
  return out
}

/** A word after an honorific that is a name, not a word the honorific is part of ("ông Bộ trưởng", "bà Mẹ"). */
function givenNameAlone(words: Word[], k: number): boolean {
  const w = words[k]!
  const v = vocabulary()
  if (w.upper || /\d/u.test(w.text) || v.functionWords.has(w.key) || nameCues().notNames.has(w.key)) return false
  return !(v.roles.longestSpaced(words, k) || v.orgHeads.longestSpaced(words, k) || v.ranks.longestSpaced(words, k) || placePrefixes().prefixes.longestSpaced(words, k) || knownPlaces().longest(placeKeys(words, k), k))
}
