// Organizations: Party, State, Front and mass bodies at every level, ministries and departments,
// companies, schools and press. A name opens with a head from the lexicon ("Ủy ban nhân dân", "Sở",
// "Tỉnh ủy", "UBND"), takes a proper name when the head needs one ("Sở" + "Kế hoạch và Đầu tư"), then
// the body it belongs to ("Ban Dân vận" + "Tỉnh ủy") and its place ("tỉnh Nghệ An", "TP Hà Nội",
// "Trung ương", "khóa XV"). The canonical name spells short forms out and writes the place with its
// type ("Ủy ban nhân dân thành phố Hà Nội"); a body written without its place ("Tỉnh ủy", "UBND tỉnh",
// "Sở Y tế") is completed with the article's province, marked as inferred. Outlets credited in the text
// ("báo Dân trí", "Theo Trí Thức Trẻ") are organizations too.
import { lexicons, nameCues, UNIT_PREFIX_SOURCE, vocabulary, type HeadKind } from '../../../lexicon/index.js'
import { foldKey } from '../../../text/fold.js'
import { isSyllable } from '../../../text/syllable.js'
import type { Candidate, EntityType } from '../candidate.js'
import { articlePlace } from '../context.js'
import type { ArticleInput } from '../recognizer.js'
import type { ArticleWords } from '../article-words.js'
import { coveredWords, insidePlaces } from '../coverage.js'
import { namedOrganizationAt } from './organization-names.js'
import { capitalized, trailingNameStart } from '../people/person-names.js'
import { ORG_HEAD } from '../word-hits.js'
import { joinWords, type Word } from '../words.js'

export interface OrgPhrase {
  /** Index just past the last word. */
  end: number
  /** Bodies named inside this one ("Tỉnh ủy" in "Ban Dân vận Tỉnh ủy"), by the index of their first word. */
  nested: Array<{ start: number; org: OrgPhrase }>
  /** Canonical name: short forms expanded, place spelled out with its type. */
  name: string
  abbreviation?: string
  /** True when the place was completed from the article's province. */
  inferred: boolean
  rule: string
  lexicon: string
}

export interface OrgContext {
  /** The article's province and district, when the article makes them clear. */
  province: string | null
  district: string | null
  published: string | null
  article: ArticleWords
}

// Keys are lower case.
const PLACE_PREFIX = new RegExp(`^(?:${UNIT_PREFIX_SOURCE})$`, 'iu')
const PREFIX_NAMES: Record<string, string> = { tp: 'thành phố', 'tp.': 'thành phố' }
const ROMAN = /^[IVXLC]+$/
// Bodies of a province that are written without it once the article has named it.
const PROVINCIAL = /^(Ủy ban nhân dân|Hội đồng nhân dân|Sở|Công an|Tỉnh ủy|Thành ủy)$/u
// Company names run long in lower case ("Đầu tư và phát triển công nghiệp") up to their legal form.
const COMPANY = /^(Công ty|Tổng Công ty|Tổng công ty|Tập đoàn)$/u
const LEGAL_FORM = /^(TNHH|MTV|CP|JSC|Cổ phần|cổ phần|TMCP)$/u
const WEB_SOURCE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(vn|com|net|org|info)$/

// Dates, documents and places found before cover their words; people come after, bodies are read here.
const NOT_NAMES_OF_BODIES: ReadonlySet<EntityType> = new Set(['DATE', 'LEGAL_DOCUMENT', 'LOCATION', 'EVENT'])

export function recognizeOrganizations(input: ArticleInput): Candidate[] {
  const { words } = input
  const ctx: OrgContext = { province: articlePlace(input.found, 'province'), district: articlePlace(input.found, 'district'), published: input.published, article: input.article }
  const v = vocabulary()
  const covered = coveredWords(words, input.found, NOT_NAMES_OF_BODIES)
  const inside = insidePlaces(words, input.found)
  const out: Candidate[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // "Ban Nha" of "Tây Ban Nha": no name starts inside a place's.
    if (inside[i]) continue
    const outlet = readOutlet(words, i)
    if (outlet) {
      out.push({ type: 'ORGANIZATION', start: w.start, end: words[outlet.end - 1]!.end, name: outlet.name, rule: 'organization.outlet', lexicon: `publications:${outlet.name}` })
      i = outlet.end - 1
      continue
    }
    // Names of general news open a run of capitalized words, or follow a lower-case cue; a word inside
    // a run opens none but a team's code ("U20").
    const inRun = w.cap && i > 0 && words[i - 1]!.cap && words[i - 1]!.gap === ' ' && !nameCues().teamCode.test(w.text)
    const named = inRun ? undefined : namedOrganizationAt(words, i, covered, input.article)
    if (named) {
      out.push({ type: 'ORGANIZATION', start: words[named.start]!.start, end: words[named.end - 1]!.end, name: named.name, rule: named.rule, lexicon: named.lexicon, ...(named.overrides ? { overrides: true } : {}) })
      i = named.end - 1
      continue
    }
    // Most words open no organization's name: one probe of the heads and short forms rejects them.
    if (!(w.hits & ORG_HEAD) && !(w.cap && v.orgAbbreviations.has(w.text))) continue
    // "Phạm Trường Long", "Lê Hội An": after a surname, a head's word is a given name.
    if (w.cap && !w.upper && i > 0 && words[i - 1]!.gap === ' ' && words[i - 1]!.cap && lexicons().isSurnameKey(words[i - 1]!.key)) continue
    if (!w.cap && !lowerHead(words, i)) continue
    // "Phó Bí thư Thường trực Thành ủy": "Thường trực" qualifies the office, it is not a body here.
    if (w.key === 'thường' && words[i + 1]?.key === 'trực' && v.roles.longestSpaced(words, Math.max(0, i - 3))) continue
    const org = parseOrganization(words, i, ctx)
    if (!org) continue
    for (const { start, org: o } of [{ start: i, org }, ...allNested(org)]) {
      const candidate: Candidate = { type: 'ORGANIZATION', start: words[start]!.start, end: closedEnd(input.text, words[start]!.start, words[o.end - 1]!.end), name: o.name, rule: o.rule, lexicon: o.lexicon }
      if (o.abbreviation) candidate.abbreviation = o.abbreviation
      out.push(candidate)
    }
    i = org.end - 1
  }
  return out
}

/** "Liên đoàn Bóng đá Việt Nam (VFF)": a mention that opens a bracket closes it. */
function closedEnd(text: string, start: number, end: number): number {
  return text.charCodeAt(end) === 0x29 && text.lastIndexOf('(', end) >= start && text.lastIndexOf(')', end - 1) < text.lastIndexOf('(', end) ? end + 1 : end
}

const allNested = (org: OrgPhrase): OrgPhrase['nested'] => org.nested.flatMap((n) => [n, ...allNested(n.org)])

// "ban quản lý Vịnh Hạ Long": a head of several words may open a name in lower case.
function lowerHead(words: Word[], i: number): boolean {
  const match = vocabulary().orgHeads.longestSpaced(words, i)
  return Boolean(match && match.end - i >= 2 && match.value.kind === 'name' && words[match.end]?.cap && words[match.end - 1]!.gap === ' ')
}

interface Head {
  end: number
  head: string
  kind: HeadKind
  abbreviation?: string
}

function readHead(words: Word[], i: number): Head | undefined {
  const v = vocabulary()
  const match = v.orgHeads.longestSpaced(words, i)
  if (match) return { end: match.end, head: match.value.head, kind: match.value.kind }
  const expansion = v.orgAbbreviations.get(words[i]!.text)
  if (!expansion) return undefined
  const parts = foldKey(expansion).split(' ')
  const expanded = v.orgHeads.longest((j) => parts[j], 0)
  if (expanded && expanded.end === parts.length) return { end: i + 1, head: expansion, kind: expanded.value.kind, abbreviation: words[i]!.text }
  if (v.standaloneOrgs.has(words[i]!.text)) return { end: i + 1, head: expansion, kind: 'complete', abbreviation: words[i]!.text }
  return undefined
}

// Bodies are read from the same word many times (by this recognizer, and in offices by the people
// recognizer): each article's readings are kept, by the article's words.
const parsed = new WeakMap<Word[], Map<number, OrgPhrase | null>>()

/** The organization whose name starts at word `i`, if one does. */
export function parseOrganization(words: Word[], i: number, ctx: OrgContext, depth = 0): OrgPhrase | undefined {
  let known = parsed.get(words)
  if (!known) parsed.set(words, (known = new Map()))
  const key = i * 4 + depth
  let org = known.get(key)
  if (org === undefined) known.set(key, (org = parseOrganizationAt(words, i, ctx, depth) ?? null))
  return org ?? undefined
}

// Heads that are no body's name alone: a proper name or a field must follow them.
const NAMED_BY_WHAT_FOLLOWS: ReadonlySet<HeadKind> = new Set(['name', 'field'])

function parseOrganizationAt(words: Word[], i: number, ctx: OrgContext, depth: number): OrgPhrase | undefined {
  const head = readHead(words, i)
  if (!head) return undefined
  const v = vocabulary()
  const parts: string[] = [head.abbreviation ? head.head : headText(words, i, head)]
  let j = head.end
  let named = !NAMED_BY_WHAT_FOLLOWS.has(head.kind)
  const joined = (k: number): boolean => k < words.length && words[k - 1]!.gap === ' '

  if (NAMED_BY_WHAT_FOLLOWS.has(head.kind) && joined(j)) {
    const domain = v.domains.longest(domainKeys(words, j), j)
    const domainShort = v.orgAbbreviations.get(words[j]!.text)
    const inner = depth < 2 ? parseOrganization(words, j, ctx, depth + 1) : undefined
    if (inner && (!domain || inner.end > domain.end)) {
      // "Thanh tra Bộ Nội vụ", "Ban Cán sự Đảng UBND TP": a body of another body.
      parts.push(inner.name)
      return finish(words, inner.end, parts, head, inner.inferred, [{ start: j, org: inner }])
    }
    if (domain) {
      parts.push(domain.value)
      j = domain.end
      named = true
    } else if (domainShort && !v.standaloneOrgs.has(words[j]!.text) && !readHead(words, j)) {
      parts.push(domainShort)
      j++
      named = true
    } else if (head.kind === 'name') {
      const end = readProperName(words, j, head.head, ctx)
      if (end > j) {
        parts.push(joinWords(words, j, end))
        j = end
        named = true
      }
    }
  }
  if (!named) return undefined
  let abbreviation = head.abbreviation
  const paren = parenthesizedShortForm(words, j)
  if (paren) {
    abbreviation ??= joinWords(words, j, paren)
    j = paren
  }

  // The body it belongs to: "Ban Dân vận" + "Tỉnh ủy", "Văn phòng" + "UBND tỉnh".
  if (joined(j) && depth < 2) {
    const parent = parseOrganization(words, j, ctx, depth + 1)
    if (parent && !NAMED_BY_WHAT_FOLLOWS.has(readHead(words, j)!.kind)) {
      parts.push(parent.name)
      return finish(words, parent.end, parts, { ...head, abbreviation }, parent.inferred, [{ start: j, org: parent }])
    }
  }
  const place = readPlace(words, j, ctx, paren !== undefined)
  if (head.kind === 'placed' && !place?.name) return undefined
  if (place?.unit) place.name = placeName(head, place.unit)
  let inferred = false
  if (place?.name) {
    parts.push(place.name)
    j = place.end
  } else {
    if (place) j = place.end
    const implied = impliedPlace(head, parts, place?.prefixOnly, ctx)
    if (implied) {
      parts.push(implied)
      inferred = true
    }
    // "UBND tỉnh" or "UBND" alone, in an article that does not make its province clear, is no particular body.
    else if (place?.prefixOnly || (head.kind === 'place' && /^(Ủy ban nhân dân|Hội đồng nhân dân)$/u.test(head.head) && parts.length === 1)) return undefined
  }
  return finish(words, j, parts, { ...head, abbreviation }, inferred, [])
}

// "UBND tỉnh", "Tỉnh ủy", "Sở Y tế", "UBND huyện": the article's province (or district) completes them.
// A prefix ("tỉnh") completes any body; a bare name only the bodies every province has.
function impliedPlace(head: Head, parts: string[], prefixOnly: string | undefined, ctx: OrgContext): string | undefined {
  if (prefixOnly === 'huyện' || prefixOnly === 'quận') return ctx.district ? `${prefixOnly} ${ctx.district}` : undefined
  if (!ctx.province || (!prefixOnly && !PROVINCIAL.test(head.head))) return undefined
  const unit = lexicons().admin.lookup(ctx.province, { level: 'province', date: ctx.published })[0]
  if (!unit) return undefined
  const city = unit.type === 'thành phố'
  if (prefixOnly) return (prefixOnly === 'thành phố') === city ? placeName(head, unit) : undefined
  if (head.head === 'Tỉnh ủy' || head.head === 'Thành ủy') return (head.head === 'Thành ủy') === city ? placeName(head, unit) : undefined
  return parts.length > 1 || !NAMED_BY_WHAT_FOLLOWS.has(head.kind) ? placeName(head, unit) : undefined
}

// The place in a body's canonical name: with its type ("Ủy ban nhân dân tỉnh Nghệ An"), except after a
// Party committee of the province, whose name already says it ("Tỉnh ủy Lâm Đồng", "Thành ủy Hà Nội").
const placeName = (head: Head, unit: { type: string; name: string; level: string }): string =>
  /^(Tỉnh|Thành) ủy$/u.test(head.head) && unit.level === 'province' ? unit.name : `${unit.type} ${unit.name}`

function finish(words: Word[], end: number, parts: string[], head: Head, inferred: boolean, nested: OrgPhrase['nested']): OrgPhrase {
  let j = end
  // A term belongs to the mention but not to the body's name: "Đoàn Đại biểu Quốc hội khóa XV đơn vị
  // tỉnh Lâm Đồng" is the Đoàn Đại biểu Quốc hội of tỉnh Lâm Đồng.
  if (j + 1 < words.length && words[j - 1]!.gap === ' ' && words[j]!.key === 'khóa' && words[j]!.gap === ' ' && ROMAN.test(words[j + 1]!.text)) {
    j += 2
    const unit = words[j - 1]!.gap === ' ' && words[j]?.key === 'đơn' && words[j]!.gap === ' ' && words[j + 1]?.key === 'vị' ? readPlace(words, j + 2, null, false) : undefined
    if (unit?.name) {
      parts.push(unit.name)
      j = unit.end
    }
  }
  const written = parts.join(' ').replace(/\s+/g, ' ')
  return {
    end: j,
    nested,
    name: vocabulary().orgCanonical.get(foldKey(written)) ?? written,
    ...(head.abbreviation ? { abbreviation: head.abbreviation } : {}),
    inferred,
    rule: inferred ? 'organization.place-inferred' : NAMED_BY_WHAT_FOLLOWS.has(head.kind) ? 'organization.head-name' : 'organization.head',
    lexicon: `organizations:${head.head}`,
  }
}

/** Capitalized words, each followed by a few lower-case ones ("Đầu tư", "Hoàng thành Thăng Long"). */
function readProperName(words: Word[], j: number, head: string, ctx: OrgContext): number {
  const v = vocabulary()
  const lex = lexicons()
  const company = COMPANY.test(head)
  let k = j
  let end = j
  while (k < words.length && (k === j || words[k - 1]!.gap === ' ')) {
    const w = words[k]!
    if (!w.cap) break
    if (k > j && (v.roles.longestSpaced(words, k) || v.ranks.longestSpaced(words, k) || v.qualifiers.longestSpaced(words, k))) break
    if (k === j && v.qualifiers.longestSpaced(words, k)) break
    // A place ends the name: "Câu lạc bộ Hà Nội", "Ban Chỉ đạo Tây Nguyên".
    const place = knownPlaceEnd(words, k, ctx.published)
    if (place && k > j) return place
    k = place ?? k + 1
    end = k
    if (place) return end
    let lower = 0
    const maxLower = company ? 8 : 2
    const stops = (key: string): boolean => (company ? v.companyNameEnds.has(key) : v.functionWords.has(key))
    // Lower-case words of the name are Vietnamese: "and" in "Đại học Michigan and Đại học Harvard" is not.
    while (k < words.length && words[k - 1]!.gap === ' ' && !words[k]!.cap && lower < maxLower && !stops(words[k]!.key) && !PLACE_PREFIX.test(words[k]!.key) && isSyllable(words[k]!.text)) {
      k++
      lower++
      // A name never ends on "và": it goes on only into another capitalized part.
      if (words[k - 1]!.key !== 'và') end = k
    }
    if (words[k - 1]?.key === 'và' && (words[k] === undefined || !words[k]!.cap || readHead(words, k))) break
    if (company && k < words.length && LEGAL_FORM.test(words[k]!.text)) {
      while (k < words.length && LEGAL_FORM.test(words[k]!.text) && words[k - 1]!.gap === ' ') k++
      end = k
      // "Công ty TNHH MTV Quản lý bay miền Bắc": a legal form before the name opens it; after it, ends it.
      if (!words.slice(j, k).every((w) => LEGAL_FORM.test(w.text)) || !words[k]?.cap || words[k - 1]!.gap !== ' ') break
    }
  }
  // An official's name after the department's name is the official, not part of it ("Sở Y tế Nguyễn Văn A").
  const run = capitalized(words, j, 8)
  if (run === end) {
    const person = trailingNameStart(words, j, run, ctx.published)
    if (person !== undefined) return person
    if (lex.isSurname(words[j]!.text) && !/^(Trường|Đại học|Học viện|Câu lạc bộ|CLB|Bệnh viện|Công ty|Tổng Công ty|Tập đoàn)/u.test(head) && run - j >= 2 && words.slice(j + 1, run).every((x) => lex.isGivenName(x.text))) return j
  }
  return end
}

/** Index past a province or country name that starts at word `k`, if one does. */
function knownPlaceEnd(words: Word[], k: number, date: string | null): number | undefined {
  const lex = lexicons()
  const run = capitalized(words, k, 4)
  for (let end = run; end > k; end--) {
    const name = joinWords(words, k, end)
    if (lex.admin.lookup(name, { level: 'province', date }).length > 0 || lex.countries.lookup(name) || lex.regions.lookup(name)) return end
  }
  return undefined
}

interface Place {
  end: number
  /** The administrative unit, when the lexicon knows the place. */
  unit?: { type: string; name: string; level: string }
  /** The place as the canonical name spells it; empty when only a prefix was written. */
  name: string
  /** The prefix alone, with no name after it ("UBND tỉnh"): which prefix. */
  prefixOnly?: string
}

/** A place right after an organization's name: "tỉnh Nghệ An", "TP Hà Nội", "Nghệ An", "TPHCM", "Trung ương". */
function readPlace(words: Word[], j: number, ctx: OrgContext | null, afterParen: boolean): Place | undefined {
  if (j >= words.length || !(words[j - 1]!.gap === ' ' || (afterParen && /^\)\s$/.test(words[j - 1]!.gap)))) return undefined
  const w = words[j]!
  const lex = lexicons()
  const date = ctx?.published ?? null
  if (w.key === 'trung' && words[j + 1]?.key === 'ương' && w.gap === ' ') return { end: j + 2, name: 'Trung ương' }
  // "Ủy ban Kiểm tra TƯ", "Ban Kinh tế TW": the short forms of "Trung ương".
  if (w.upper && (w.key === 'tư' || w.key === 'tw')) return { end: j + 1, name: 'Trung ương' }
  if (w.key === 'việt' && words[j + 1]?.key === 'nam' && w.gap === ' ') return { end: j + 2, name: 'Việt Nam' }
  let k = j
  let prefix = ''
  const two = `${w.key} ${words[j + 1]?.key ?? ''}`
  if (PLACE_PREFIX.test(two) && w.gap === ' ') {
    prefix = two
    k = j + 2
  } else if (PLACE_PREFIX.test(w.key)) {
    prefix = PREFIX_NAMES[w.key] ?? w.key
    k = j + 1
  }
  // "TP. Hà Nội": an abbreviated prefix keeps its full stop.
  const named = k < words.length && (k === j || words[k - 1]!.gap === ' ' || (words[k - 1]!.gap === '. ' && w.key.startsWith('tp')))
  const run = named ? capitalized(words, k, 8) : k
  // "UBND TP Nguyễn Đức Chung": an official's name after a bare prefix is not the place.
  const person = prefix && run - k >= 2 && run - k <= 4 && lex.isSurname(words[k]!.text) && words.slice(k + 1, run).every((x) => lex.isGivenName(x.text)) &&
    lex.admin.lookup(`${prefix} ${joinWords(words, k, run)}`, { date }).length === 0
  if (named && !person && (words[k]!.cap || (prefix && /^\d+$/.test(words[k]!.text)))) {
    // The longest known place in the run, written with its type ("thành phố Hà Nội").
    for (let end = Math.min(run, k + 4); end > k; end--) {
      const written = joinWords(words, k, end)
      const unit = lex.admin.lookup(prefix ? `${prefix} ${written}` : written, { date, ...(prefix ? {} : { level: 'province' as const }) })[0]
      if (unit) return { end, name: `${unit.type} ${unit.name}`, unit }
      const country = prefix ? undefined : lex.countries.lookup(written)
      if (country) return { end, name: country.name }
    }
    if (prefix) {
      // Districts and the like have no lexicon: the capitalized words, less an official's name after them.
      const end = /^\d/.test(words[k]!.text) ? k + 1 : (trailingNameStart(words, k, run, date) ?? Math.min(run, k + 4))
      if (end > k) return { end: withNumber(words, end), name: `${prefix} ${joinWords(words, k, end)}${numberAfter(words, end)}` }
    }
  }
  if (prefix) return { end: k, name: '', prefixOnly: prefix }
  return undefined
}

// "phường Mỹ Đình 2": a number ends some place names.
const withNumber = (words: Word[], end: number): number => (end < words.length && words[end - 1]!.gap === ' ' && /^\d+$/.test(words[end]!.text) ? end + 1 : end)
const numberAfter = (words: Word[], end: number): string => (withNumber(words, end) > end ? ` ${words[end]!.text}` : '')

/** "Cục Thi hành án dân sự (THADS)": index past a short form in parentheses right after a name. */
function parenthesizedShortForm(words: Word[], j: number): number | undefined {
  if (j >= words.length || !/^\s*\(\s*$/.test(words[j - 1]!.gap)) return undefined
  let k = j
  while (k < words.length && words[k]!.upper && k - j < 3 && (k === j || words[k - 1]!.gap === ' ')) k++
  return k > j && /^\s*\)/.test(words[k - 1]!.gap) ? k : undefined
}

// "báo Dân trí", "Theo Trí Thức Trẻ", "(Dân Trí)", "Nguồn: tinnhanhonline.vn": an outlet the text credits.
function readOutlet(words: Word[], i: number): { end: number; name: string } | undefined {
  const before = i > 0 ? words[i - 1]! : undefined
  const cued = !before || vocabulary().outletCues.has(before.key) || (before.gap !== ' ' && /\(\s*$|:\s*$/.test(before.gap))
  if (!cued || !before) return undefined
  if (before.key === 'nguồn' && WEB_SOURCE.test(words[i]!.text)) return { end: i + 1, name: words[i]!.text }
  const lex = lexicons()
  if (!words[i]!.cap) return undefined
  for (let end = Math.min(words.length, i + 4); end > i; end--) {
    if (words.slice(i, end - 1).some((w) => w.gap !== ' ')) continue
    const outlet = lex.publications.lookup(joinWords(words, i, end))
    if (outlet) return { end, name: outlet.name }
  }
  return undefined
}


// A head as the canonical name spells it: the lexicon's spelling, unless written in capitals.
const headText = (words: Word[], i: number, head: Head): string => (words[i]!.upper ? head.head : joinWords(words, i, head.end))

// Domain names run across commas and dashes: "Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội".
const domainKeys = (words: Word[], from: number) => (j: number): string | undefined =>
  j < words.length && (j === from || /^(\s|,\s|\s[-–]\s|-)$/.test(words[j - 1]!.gap)) ? words[j]!.key : undefined
