// Organizations: Party, State, Front and mass bodies at every level, ministries and departments,
// companies, schools and press. A name opens with a head from the lexicon ("Ủy ban nhân dân", "Sở",
// "Tỉnh ủy", "UBND"), takes a proper name when the head needs one ("Sở" + "Kế hoạch và Đầu tư"), then
// the body it belongs to ("Ban Dân vận" + "Tỉnh ủy") and its place ("tỉnh Nghệ An", "TP Hà Nội",
// "Trung ương", "khóa XV"). Short forms are expanded for the canonical name, and a committee written
// without its place ("Tỉnh ủy") is completed with the article's province, marked as inferred.
import { lexicons } from '../../lexicon/load.js'
import { vocabulary, type HeadKind } from '../../lexicon/vocabulary.js'
import type { Candidate } from './candidate.js'
import { articleProvince } from './context.js'
import type { ArticleInput } from './index.js'
import { capitalized, trailingNameStart } from './person-names.js'
import { spacedKeys, toWords, type Word } from './words.js'

export interface OrgPhrase {
  /** Index just past the last word. */
  end: number
  /** Canonical name: short forms expanded, place spelled out. */
  name: string
  abbreviation?: string
  /** True when the place was completed from the article's province. */
  inferred: boolean
  rule: string
  lexicon: string
}

export interface OrgContext {
  province: string | null
  published: string | null
}

const PLACE_PREFIX = /^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường)$/
const PREFIX_NAMES: Record<string, string> = { tp: 'thành phố', 'tp.': 'thành phố' }
const ROMAN = /^[IVXLC]+$/
// Places spelled in short forms inside names: "Thành ủy TPHCM" is the Thành ủy of Thành phố Hồ Chí Minh.
const CITY_SHORT: Record<string, string> = { tphcm: 'Thành phố Hồ Chí Minh', 'tp.hcm': 'Thành phố Hồ Chí Minh', hcm: 'Thành phố Hồ Chí Minh' }

export function recognizeOrganizations(input: ArticleInput): Candidate[] {
  const words = toWords(input.tokens, input.text)
  const ctx: OrgContext = { province: articleProvince(input.found), published: input.published }
  const out: Candidate[] = []
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap) continue
    const org = parseOrganization(words, i, ctx)
    if (!org) continue
    const candidate: Candidate = { type: 'ORGANIZATION', start: words[i]!.start, end: words[org.end - 1]!.end, name: org.name, rule: org.rule, lexicon: org.lexicon }
    if (org.abbreviation) candidate.abbreviation = org.abbreviation
    out.push(candidate)
    // A trailing place ("tỉnh Nghệ An") may hold no further organization; a parent body may ("Tỉnh ủy").
  }
  return out
}

interface Head {
  end: number
  head: string
  kind: HeadKind
  abbreviation?: string
}

function readHead(words: Word[], i: number): Head | undefined {
  const v = vocabulary()
  const match = v.orgHeads.longest(spacedKeys(words, i), i)
  if (match) return { end: match.end, head: match.value.head, kind: match.value.kind }
  const expansion = v.orgAbbreviations.get(words[i]!.text)
  if (!expansion) return undefined
  const expanded = v.orgHeads.longest((j) => expansion.split(' ').map((x) => x.toLowerCase())[j], 0)
  if (expanded && expanded.end === expansion.split(' ').length) return { end: i + 1, head: expansion, kind: expanded.value.kind, abbreviation: words[i]!.text }
  if (v.standaloneOrgs.has(words[i]!.text)) return { end: i + 1, head: expansion, kind: 'complete', abbreviation: words[i]!.text }
  return undefined
}

/** The organization whose name starts at word `i`, if one does. */
export function parseOrganization(words: Word[], i: number, ctx: OrgContext, depth = 0): OrgPhrase | undefined {
  const head = readHead(words, i)
  if (!head) return undefined
  const v = vocabulary()
  const parts: string[] = [head.abbreviation ? head.head : text(words, i, head.end)]
  let j = head.end
  let named = head.kind !== 'name'
  const joined = (k: number): boolean => k < words.length && words[k - 1]!.gap === ' '

  if (head.kind === 'name' && joined(j)) {
    const domain = v.domains.longest(spacedKeys(words, j), j)
    const domainShort = v.orgAbbreviations.get(words[j]!.text)
    const inner = depth < 2 ? parseOrganization(words, j, ctx, depth + 1) : undefined
    if (inner && (!domain || inner.end > domain.end)) {
      // "Thanh tra Bộ Nội vụ", "Ban Cán sự Đảng UBND TP": a body of another body.
      parts.push(inner.name)
      return finish(words, inner.end, parts, head, ctx, inner.inferred)
    }
    if (domain) {
      parts.push(text(words, j, domain.end))
      j = domain.end
      named = true
    } else if (domainShort && !v.standaloneOrgs.has(words[j]!.text)) {
      parts.push(domainShort)
      j++
      named = true
    } else {
      const end = readProperName(words, j, head.head)
      if (end > j) {
        parts.push(text(words, j, end))
        j = end
        named = true
      }
    }
  }
  if (!named) return undefined

  // The body it belongs to: "Ban Dân vận" + "Tỉnh ủy", "Văn phòng" + "UBND tỉnh".
  if (joined(j) && depth < 2) {
    const parent = parseOrganization(words, j, ctx, depth + 1)
    if (parent && readHead(words, j)!.kind !== 'name') {
      parts.push(parent.name)
      return finish(words, parent.end, parts, head, ctx, parent.inferred)
    }
  }
  const place = readPlace(words, j, ctx)
  if (head.kind === 'placed' && !place) return undefined
  let inferred = false
  if (place) {
    const completed = completePlace(place, ctx)
    parts.push(completed ?? place.name)
    inferred = completed !== undefined
    j = place.end
  } else if (head.kind === 'place' && /^(Tỉnh|Thành) ủy$/u.test(head.head)) {
    const province = ctx.province && (head.head === 'Tỉnh ủy') !== isCity(ctx.province) ? ctx.province : undefined
    if (province) {
      parts.push(province)
      inferred = true
    }
  }
  return finish(words, j, parts, head, ctx, inferred)
}

// "UBND tỉnh" with no name after it: the article's province, when the article makes it clear.
function completePlace(place: Place, ctx: OrgContext): string | undefined {
  if (!place.prefixOnly || !ctx.province) return undefined
  if (place.prefixOnly === 'tỉnh' && !isCity(ctx.province)) return `tỉnh ${ctx.province}`
  if (place.prefixOnly === 'thành phố' && isCity(ctx.province)) return `thành phố ${ctx.province}`
  return undefined
}

const isCity = (province: string): boolean =>
  lexicons().admin.lookup(province, { level: 'province' })[0]?.fullName.startsWith('Thành phố') ?? false

function finish(words: Word[], end: number, parts: string[], head: Head, ctx: OrgContext, inferred: boolean): OrgPhrase {
  let j = end
  // A term belongs to the mention but not to the body's name: "Đoàn Đại biểu Quốc hội khóa XV đơn vị
  // tỉnh Lâm Đồng" is the Đoàn Đại biểu Quốc hội of tỉnh Lâm Đồng.
  if (j + 1 < words.length && words[j - 1]!.gap === ' ' && words[j]!.key === 'khóa' && words[j]!.gap === ' ' && ROMAN.test(words[j + 1]!.text)) {
    j += 2
    const unit = words[j - 1]!.gap === ' ' && words[j]?.key === 'đơn' && words[j]!.gap === ' ' && words[j + 1]?.key === 'vị' ? readPlace(words, j + 2, ctx) : undefined
    if (unit) {
      parts.push(unit.name)
      j = unit.end
    }
  }
  return {
    end: j,
    name: parts.join(' ').replace(/\s+/g, ' '),
    ...(head.abbreviation ? { abbreviation: head.abbreviation } : {}),
    inferred,
    rule: inferred ? 'organization.place-inferred' : head.kind === 'name' ? 'organization.head-name' : 'organization.head',
    lexicon: `organizations:${head.head}`,
  }
}

/** Capitalized words, each followed by at most two lower-case ones ("Đầu tư", "Hoàng thành Thăng Long"). */
function readProperName(words: Word[], j: number, head: string): number {
  const v = vocabulary()
  const lex = lexicons()
  let k = j
  const school = /^(Trường|Đại học|Học viện|Câu lạc bộ|CLB|Bệnh viện|Trường THPT|Trường THCS|Trường Tiểu học)/u.test(head)
  while (k < words.length && (k === j || words[k - 1]!.gap === ' ') && words[k]!.cap) {
    // A person's name after a department's name is the official, not part of it ("Sở Y tế Nguyễn Văn A").
    if (!(school && k === j) && lex.isSurname(words[k]!.text) && words[k + 1]?.cap && words[k]!.gap === ' ' && !lex.admin.lookup(text(words, k, k + 2), {}).length) break
    if (v.roles.longest(spacedKeys(words, k), k)) break
    k++
    let lower = 0
    while (k < words.length && words[k - 1]!.gap === ' ' && !words[k]!.cap && lower < 2 && !v.functionWords.has(words[k]!.key) && !PLACE_PREFIX.test(words[k]!.key) && /^\p{L}/u.test(words[k]!.text)) {
      k++
      lower++
    }
  }
  return k
}

interface Place {
  end: number
  name: string
  /** The prefix alone, with no name after it ("UBND tỉnh"): which prefix. */
  prefixOnly?: string
}

/** A place right after an organization's name: "tỉnh Nghệ An", "TP Hà Nội", "Nghệ An", "TPHCM", "Trung ương". */
function readPlace(words: Word[], j: number, ctx: OrgContext): Place | undefined {
  if (j >= words.length || words[j - 1]!.gap !== ' ') return undefined
  const w = words[j]!
  const lex = lexicons()
  const short = CITY_SHORT[w.key]
  if (short) return { end: j + 1, name: short }
  if (w.key === 'trung' && words[j + 1]?.key === 'ương' && w.gap === ' ') return { end: j + 2, name: 'Trung ương' }
  if (w.key === 'việt' && words[j + 1]?.key === 'nam' && w.gap === ' ') return { end: j + 2, name: 'Việt Nam' }
  let k = j
  let prefix = ''
  const two = `${w.key} ${words[j + 1]?.key ?? ''}`
  if (PLACE_PREFIX.test(two) && w.gap === ' ') {
    prefix = two
    k = j + 2
  } else if (PLACE_PREFIX.test(w.key)) {
    prefix = w.key
    k = j + 1
  }
  // "TP. Hà Nội": an abbreviated prefix keeps its full stop.
  const named = k < words.length && (k === j || words[k - 1]!.gap === ' ' || (words[k - 1]!.gap === '. ' && prefix.startsWith('tp')))
  // A person's name after a bare prefix is the official, not the place: "UBND TP Nguyễn Đức Chung".
  const person = named && lex.isSurname(words[k]!.text) && !lex.admin.lookup(text(words, k, k + 2), { date: ctx.published }).length
  if (named && !person && (words[k]!.cap || (prefix && /^\d+$/.test(words[k]!.text)))) {
    const short2 = CITY_SHORT[words[k]!.key]
    if (short2) return { end: k + 1, name: short2 }
    const run = capitalized(words, k, 8)
    // The longest known place in the run; else, after a prefix, the words before an official's name.
    for (let end = Math.min(run, k + 4); end > k; end--) {
      const nameText = text(words, k, end)
      const known = lex.admin.lookup(nameText, { date: ctx.published })[0]?.name ?? lex.countries.lookup(nameText)?.name
      if (known) return { end, name: `${prefix ? `${PREFIX_NAMES[prefix] ?? prefix} ` : ''}${known}` }
    }
    if (prefix) {
      const end = trailingNameStart(words, k, run, ctx.published) ?? Math.min(run, k + 4)
      return { end, name: `${PREFIX_NAMES[prefix] ?? prefix} ${text(words, k, end)}` }
    }
  }
  if (prefix) {
    const spelled = PREFIX_NAMES[prefix] ?? prefix
    return { end: k, name: spelled, prefixOnly: spelled }
  }
  return undefined
}

const text = (words: Word[], from: number, to: number): string =>
  words.slice(from, to).map((w, n, all) => w.text + (n < all.length - 1 ? (w.gap === ' ' ? ' ' : w.gap) : '')).join('')
