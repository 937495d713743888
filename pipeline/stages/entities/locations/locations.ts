// Places: administrative units after their prefix ("tỉnh Lâm Đồng", "huyện Đức Thọ", "TP. Hạ Long",
// "Q.Ba Đình", "quận 3"), named sites after theirs ("vịnh Hạ Long", "khu bảo tồn Sông Thanh"), places
// known by name alone ("Hà Nội", "Lào", "Tây Nguyên", "Văn Miếu"; a district or an ambiguous country
// only with a cue: "tại Sóc Sơn", "(Anh)"), "Thủ đô" for Hà Nội, and the units listed after a prefixed
// one ("quận Ba Đình, Hoàn Kiếm"). Administrative units are normalized to the unit in force at the
// article's date, with its code and its successors or predecessors (location-admin.ts).
// Reads the article's words and its publication date; returns LOCATION candidates.
import { KNOWN, knownPlaces, lexicons, nameCues, placePrefixes, PREFIX, SHORT, STANDALONE, vocabulary, type KnownPlace, type PlaceLevel, type PlacePrefix } from '../../../lexicon/index.js'
import { foldKey } from '../../../text/fold.js'
import type { Candidate } from '../candidate.js'
import type { ArticleInput } from '../recognizer.js'
import { assignUnit, settleUnits, unitsNamed, type PendingUnit } from './location-admin.js'
import { countryCue, locativeCue, nextInList, opensSentence, personCue, personShaped } from './location-cues.js'
import { mayOpenName, placeNameEnd, startsWithDigit, type PlaceName } from './location-name-end.js'
import { coveredWords } from '../coverage.js'
import { cuedPlace } from './location-cued.js'
import { isForeignWord } from '../people/name-shape.js'
import { placeKeys } from './location-names.js'
import { mergeSiteNames, type SiteName } from './location-sites.js'
import { placeStarts } from './location-starts.js'
import { capitalized } from '../people/person-names.js'
import type { Word } from '../words.js'

/** The words after a prefix that its name may take (the name, and an official's name after it). */
const WINDOW = 9
// "TP.Hà Nội", "Q.3", "H." (then a space): a short prefix and its full stop, and what is glued to it.
const ABBREVIATION = /^(\p{Lu}\p{L}?)\.(.*)$/u

/** A place found at a word, the index past its last word, and the level and type a list after it keeps. */
interface Found {
  candidate: Candidate
  end: number
  level?: PlaceLevel
  type?: string
}

interface Scan {
  input: ArticleInput
  words: Word[]
  /** Districts and communes whose unit waits for the provinces the article names. */
  pending: PendingUnit[]
  /** Sites that kept their prefix in their name, to be named alike (location-sites.ts). */
  sites: SiteName[]
  /** Where the next item of a list of places may start, and the level of the list's units. */
  list?: { at: number; level?: PlaceLevel; type?: string }
}

export function recognizeLocations(input: ArticleInput): Candidate[] {
  const scan: Scan = { input, words: input.words, pending: [], sites: [] }
  const out: Candidate[] = []
  const covered = coveredWords(input.words, input.found)
  for (let i = 0; i < scan.words.length; i++) {
    const found = placeAt(scan, i) ?? cuedPlace(input, i, covered)
    if (!found) continue
    out.push(found.candidate)
    const at = nextInList(scan.words, found.end)
    scan.list = at === undefined ? undefined : { at, level: found.level, type: found.type }
    i = found.end - 1
  }
  settleUnits(scan.pending, out, input.text)
  mergeSiteNames(scan.sites)
  return out
}

/** The place that starts at word `i`: the first rule to find one, of those whose table opens with the word. */
function placeAt(scan: Scan, i: number): Found | undefined {
  const starts = placeStarts(scan.words[i]!)
  if (starts === 0 && scan.list?.at !== i) return undefined
  return (
    (starts & SHORT ? abbreviated(scan, i) : undefined) ??
    (starts & (PREFIX | KNOWN) ? prefixedOrKnown(scan, i, starts) : undefined) ??
    (starts & STANDALONE ? standalone(scan, i) : undefined) ??
    listed(scan, i)
  )
}

/** "TP.Hà Nội", "TP. Hà Nội", "Q.Ba Đình", "Q.3", "H. Nam Giang". */
function abbreviated(scan: Scan, i: number): Found | undefined {
  const { words, input } = scan
  const w = words[i]!
  const glued = ABBREVIATION.exec(w.text)
  const short = glued ? glued[1]! : w.gap === '. ' ? w.text : undefined
  const spec = short === undefined ? undefined : placePrefixes().abbreviations.get(short)
  if (!spec || short === undefined) return undefined
  // A capital and a full stop after a name is an initial: "Nguyễn H. Nam".
  const prev = words[i - 1]
  if (short.length === 1 && prev && prev.gap === ' ' && prev.cap && !prev.upper) return undefined
  const rest = glued?.[2] ?? ''
  let win: Word[]
  let nameIndex: number
  if (rest !== '') {
    if (!/^[\p{Lu}\d]/u.test(rest)) return undefined
    const letters = rest.replace(/[^\p{L}]/gu, '')
    const first: Word = { ...w, text: rest, start: w.end - rest.length, key: foldKey(rest), cap: /^\p{Lu}/u.test(rest), upper: letters.length >= 2 && letters === letters.toUpperCase() }
    win = [first, ...words.slice(i + 1, i + WINDOW)]
    nameIndex = i
  } else {
    if (glued && w.gap !== ' ') return undefined
    win = words.slice(i + 1, i + 1 + WINDOW)
    nameIndex = i + 1
  }
  const name = placeNameEnd(win, false, input.published)
  // A short prefix may also end a sentence ("trình TP. Sáng nay") or stand for an office ("P.GĐ"): the name
  // must be known, or a number, or two words or more that are not an abbreviation and do not open with
  // a function word ("TP. Ông …").
  if (!name) return undefined
  const plain = name.end >= 2 && !win[0]!.upper && !vocabulary().functionWords.has(win[0]!.key)
  if (!(name.known || plain || /^\d/u.test(win[0]!.text))) return undefined
  return unitFound(scan, w.start, win, nameIndex, name, spec.level, spec.type, 'location.abbreviated-prefix')
}

/** A prefix and the name after it, or a known name (which may open with a prefix: "sông Hồng"). */
function prefixedOrKnown(scan: Scan, i: number, starts: number): Found | undefined {
  const { words } = scan
  const w = words[i]!
  const prefix = starts & PREFIX ? placePrefixes().prefixes.longestSpaced(words, i) : undefined
  const prefixOk = Boolean(prefix && !(prefix.value.lower && w.cap) && prefix.end < words.length && words[prefix.end - 1]!.gap === ' ')
  const found = prefixOk ? prefixed(scan, i, prefix!.end, prefix!.value) : undefined
  // Without a prefix, a known name must be capitalized to stand alone (standsAlone).
  const known = (prefixOk || w.cap) && starts & KNOWN ? knownPlaces().longest(placeKeys(words, i), i) : undefined
  if (known && (!found || known.end >= found.end) && (prefixOk || standsAlone(scan, i, known.end, known.value))) {
    const rule = prefixOk ? (known.value.kind === 'admin' ? 'location.admin-prefix' : 'location.site-prefix') : `location.${known.value.kind === 'admin' ? 'province' : known.value.kind}-name`
    return knownFound(scan, w.start, words[known.end - 1]!.end, known.end, known.value, rule)
  }
  return found
}

function prefixed(scan: Scan, i: number, nameStart: number, spec: PlacePrefix): Found | undefined {
  const { words, input } = scan
  const p = placePrefixes()
  const site = spec.level === 'site'
  // Most prefixes' words ("xã hội", "nước ngoài") are followed by no name.
  if (!mayOpenName(words[nameStart]!, site)) return undefined
  const prev = words[i - 1]
  const joined = prev !== undefined && prev.gap === ' '
  // "các khu công nghiệp Quảng Ngãi": a common noun, then the province.
  if (spec.level === 'site' && joined && p.plurals.has(prev.key) && prev.text === prev.text.toLowerCase()) return undefined
  // "Phát triển Nông thôn", "nông thôn", "gia đình": the prefix is a syllable of another word.
  if (spec.lower && joined && (prev.cap || p.compounds.has(`${prev.key} ${words[i]!.key}`))) return undefined
  // "di tích Hoàng thành Thăng Long": the specific prefix names the place.
  if (spec.generic && p.prefixes.longestSpaced(words, nameStart)) return undefined
  const win = words.slice(nameStart, nameStart + WINDOW)
  const name = placeNameEnd(win, site, input.published)
  if (!name || (spec.knownOnly && !name.known)) return undefined
  const prefixText = input.text.slice(words[i]!.start, words[nameStart - 1]!.end)
  if (!site) return unitFound(scan, words[i]!.start, win, nameStart, name, spec.level as PlaceLevel, prefixText.toLowerCase(), 'location.admin-prefix')
  if (name.end === 1 && p.notSiteNames.has(win[0]!.key)) return undefined
  const start = words[i]!.start
  const end = win[name.end - 1]!.end
  const written = input.text.slice(win[0]!.start, end)
  // "nước Lào", "vùng Tây Nguyên": the prefix only says what kind of place the known name is.
  if (!spec.keep && name.known) return knownFound(scan, start, end, nameStart + name.end, name.known, 'location.site-prefix')
  const candidate: Candidate = {
    type: 'LOCATION', start, end, name: spec.keep ? `${prefixText.toLowerCase()} ${written}` : written,
    rule: 'location.site-prefix', lexicon: `location-prefix:${spec.prefix}`,
  }
  if (spec.keep) scan.sites.push({ candidate, prefix: prefixText, name: written })
  return { candidate, end: nameStart + name.end }
}

/** Whether a known name written alone is the place: the whole capitalized run, and a cue if it needs one. */
function standsAlone(scan: Scan, i: number, end: number, known: KnownPlace): boolean {
  const { words } = scan
  const w = words[i]!
  if (!w.cap || personCue(words, i)) return false
  const inList = scan.list?.at === i
  const prev = words[i - 1]
  // "Nguyễn Bình Dương" is a person; "Sở Tư pháp Hà Nam", "Cục THADS Bắc Kạn", "Tại Hà Nội" are places.
  if (prev && prev.gap === ' ' && prev.cap && !prev.upper && !inList) {
    const v = vocabulary()
    if (!v.orgHeads.longestSpaced(words, i - 1) && !v.functionWords.has(prev.key)) return false
  }
  // An official's name may follow the place: "Giám đốc Sở Tư pháp Đồng Nai Viên Hồng Tiến".
  const next = words[end]
  if (next && words[end - 1]!.gap === ' ' && next.cap && !personShaped(words, end, capitalized(words, end, 5)) && !(known.kind === 'country' && foreignPersonAfter(next))) return false
  if (known.needsCue) return inList || (known.kind === 'country' ? countryCue(words, i, end) || readsAsCountry(scan, i, end) : locativeCue(words, i, end) || provinceAfter(words, end))
  // A word that is a prefix only in lower case opens, capitalized mid-sentence, another name:
  // "Tổng công ty Sông Đà", "Chủ tịch Hồ Chí Minh".
  if (known.kind === 'admin' || known.kind === 'water') {
    const prefix = placePrefixes().prefixes.longestSpaced(words, i)
    if (prefix?.value.lower && !opensSentence(words, i)) return false
  }
  return true
}

/**
 * "Mỹ", "Nga", "Đức" alone, where nothing makes them another word: not a sentence's first word that
 * the article also writes in lower case ("Anh cho biết"), not after a language's or currency's word
 * ("tiếng Anh", "bảng Anh"), and not the end of a person's name the article writes ("Phan Văn Đức" …
 * "Đức ghi bàn").
 */
function readsAsCountry(scan: Scan, i: number, end: number): boolean {
  const { words } = scan
  const p = placePrefixes()
  const w = words[i]!
  // At a sentence's start, only a name the article never writes in lower case ("Anh" is also "anh").
  if (end !== i + 1 || p.cueAlways.has(w.key) || scan.input.article.nameEnds.has(w.key)) return false
  if (opensSentence(words, i) && scan.input.article.lower.has(w.key)) return false
  const prev = words[i - 1]
  return !(prev && p.notCountryBefore.has(prev.key))
}

/** "Tổng thống Brazil Lula da Silva": a foreign name after the place, not a club's or an event's word ("Leicester City", "Halle Open"). */
function foreignPersonAfter(next: Word): boolean {
  const cues = nameCues()
  return isForeignWord(next.text) && !next.upper && !cues.orgSuffixes.has(next.key) && !cues.eventWords.has(next.key)
}

/** "Sóc Sơn, Hà Nội", "Ba Đình (Hà Nội)": a province right after the name. */
function provinceAfter(words: readonly Word[], end: number): boolean {
  if (!/^(, | \()$/u.test(words[end - 1]?.gap ?? '')) return false
  return knownPlaces().longest(placeKeys(words, end), end)?.value.kind === 'admin'
}

/** "Thủ đô" alone, capitalized: Hà Nội. */
function standalone(scan: Scan, i: number): Found | undefined {
  const { words } = scan
  const match = placePrefixes().standalone.longestSpaced(words, i)
  if (!match || words[i]!.text !== match.value.text.split(' ')[0]) return undefined
  const next = words[match.end]
  if (next && words[match.end - 1]!.gap === ' ' && next.cap) return undefined
  const candidate = unitCandidate(scan, words[i]!.start, words[match.end - 1]!.end, match.value.province, 'province', undefined, 'location.standalone')
  return { candidate, end: match.end }
}

/** The next unit of a list after a prefixed one: "quận Ba Đình, Hoàn Kiếm", "xã Đức Yên và Đức Đồng". */
function listed(scan: Scan, i: number): Found | undefined {
  const { words, input, list } = scan
  if (!list || list.at !== i || list.level === undefined) return undefined
  const w = words[i]!
  if (!w.cap || w.upper || w.text.includes('.')) return undefined
  // An office, a body or a title after the place ends the list: "H. Nam Giang, Phó Chủ tịch UBND tỉnh".
  const v = vocabulary()
  for (const trie of [v.orgHeads, v.roles, v.qualifiers, v.ranks, v.honorifics, placePrefixes().prefixes] as const) if (trie.longestSpaced(words, i)) return undefined
  const win = words.slice(i, i + WINDOW)
  const name = placeNameEnd(win, false, input.published)
  // Names of units have two syllables or more; one capitalized word after a comma is rather a body or a
  // sentence going on ("huyện Đức Thọ, Đoàn công tác").
  if (!name || name.known || name.end < 2 || capitalized(words, i, WINDOW) > i + name.end) return undefined
  const lex = lexicons()
  if (personShaped(words, i, i + name.end) && (name.end >= 3 || lex.surnameFrequency(w.text) >= 100)) return undefined
  if (list.level === 'commune' && unitsNamed(input.text.slice(w.start, win[name.end - 1]!.end), 'commune', list.type, input.published).length === 0) return undefined
  return unitFound(scan, w.start, win, i, name, list.level, list.type, 'location.list')
}

/** An administrative unit whose name fills `win` up to `name.end` (win[0] is word `nameIndex`). */
function unitFound(scan: Scan, start: number, win: Word[], nameIndex: number, name: PlaceName, level: PlaceLevel, type: string | undefined, rule: string): Found {
  const last = win[name.end - 1]!
  const end = nameIndex + name.end
  const known = name.known
  // "tỉnh Tây Nguyên", "thành phố Đà Lạt", "thủ đô Viêng Chăn": the known place says what it is, unless
  // the prefix makes it a unit ("đặc khu Phú Quốc" since 2025).
  if (known && known.kind !== 'admin' && known.kind !== 'district' && unitsNamed(known.name, level, type, scan.input.published).length === 0) {
    return knownFound(scan, start, last.end, end, known, rule)
  }
  // "quận 1." at the end of a sentence: the full stop is not the name's.
  const stop = startsWithDigit(last.text) && /^\d+[A-Z]?\.$/u.test(last.text) ? 1 : 0
  const written = scan.input.text.slice(win[0]!.start, last.end - stop)
  const numbered = startsWithDigit(written) && type !== undefined
  const canonical = numbered ? `${type.charAt(0).toUpperCase()}${type.slice(1)} ${written}` : known?.name ?? written
  const candidate = unitCandidate(scan, start, last.end - stop, numbered ? written : canonical, level, type, rule)
  if (numbered) candidate.name = canonical
  return { candidate, end, level: known?.kind === 'district' ? 'district' : level, type }
}

/** A known place written at [start, end), its words ending before word `endIndex`. */
function knownFound(scan: Scan, start: number, end: number, endIndex: number, known: KnownPlace, rule: string): Found {
  if (known.kind === 'admin') return { candidate: unitCandidate(scan, start, end, known.name, 'province', undefined, rule), end: endIndex }
  const candidate: Candidate = { type: 'LOCATION', start, end, name: known.name, rule, lexicon: `${known.kind === 'country' ? 'countries' : 'regions'}:${known.name}` }
  if (known.code) candidate.country = known.code
  if (known.kind !== 'district') return { candidate, end: endIndex }
  // Districts have no code (abolished in 2025): the explanation gives their level, as for "huyện X".
  candidate.lexicon = 'location-prefix:district'
  scan.pending.push({ candidate, units: unitsNamed(known.name, 'district', undefined, scan.input.published) })
  return { candidate, end: endIndex, level: 'district' }
}

/**
 * The candidate for a unit named `name` at [start, end). A province gets its unit now (and its
 * canonical name: "TP HCM" is Hồ Chí Minh); a district or commune once the article's provinces are known.
 */
function unitCandidate(scan: Scan, start: number, end: number, name: string, level: PlaceLevel, type: string | undefined, rule: string): Candidate {
  const units = unitsNamed(name, level, type, scan.input.published)
  const candidate: Candidate = { type: 'LOCATION', start, end, name, rule, lexicon: `location-prefix:${level}` }
  if (level !== 'province') scan.pending.push({ candidate, units })
  else if (units[0]) {
    assignUnit(candidate, units[0])
    candidate.name = units[0].name
  }
  return candidate
}
