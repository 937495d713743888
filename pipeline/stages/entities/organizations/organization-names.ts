// Organizations of general news, which name no head of the state's apparatus: a team by its age group
// or its "tuyển" ("U20 Việt Nam", "tuyển Pháp"), a state's institution by its country ("quân đội Syria"),
// a name after a common noun that says what it is ("công ty Simmons & Co", "hãng tin Reuters", "nhóm
// Abu Sayyaf"), a foreign name shaped like a club's or a company's ("AC Milan", "Leicester City", "Cowen
// & Co", "Korea Times"), and an abbreviation that stands alone ("VFF", "OPEC", "NATO"), unless it names
// no body ("USD", "GDP") or its expansion is a common noun ("THPT": trung học phổ thông).
import { knownPlaces, lexicons, nameCues, vocabulary } from '../../../lexicon/index.js'
import { isSyllable } from '../../../text/syllable.js'
import type { ArticleWords } from '../article-words.js'
import { capitalRun, cueAt, foreignEnd, NONE, trimRun } from '../people/name-runs.js'
import { isAbbreviation } from '../people/name-shape.js'
import { opensSentence } from '../locations/location-cues.js'
import { placeKeys } from '../locations/location-names.js'
import { ORG_CUE } from '../word-hits.js'
import { joinWords, type Word } from '../words.js'

export interface NamedOrganization {
  /** Word indexes of the mention [start, end). */
  start: number
  end: number
  name: string
  rule: string
  lexicon: string
  /** Replaces a place found on the same words (a city that names its club). */
  overrides?: boolean
}

/** The organization whose mention starts at word `i`, by the patterns of general news. */
export function namedOrganizationAt(words: readonly Word[], i: number, covered: ArrayLike<number>, article: ArticleWords): NamedOrganization | undefined {
  const cues = nameCues()
  const w = words[i]!
  // Most lower-case words open no cue: one probe passes them over.
  if (!w.cap && !(w.hits & ORG_CUE)) return undefined
  // "U20 Việt Nam", "U23 Monchengladbach": the code and the place or club after it (which may be a place
  // found before), unless they name a competition ("U20 World Cup").
  if (cues.teamCode.test(w.text) && w.gap === ' ' && words[i + 1]?.cap) {
    const [, end] = trimRun(words, i + 1, capitalRun(words, i + 1, NONE, 4), article)
    return isEvent(words, i + 1, end) ? undefined : named(i, end, 'organization.team', `name-cues:${w.text}`, words)
  }
  const lower = !w.cap
  const team = lower ? cueAt(cues.teamBefore, words, i) : undefined
  if (team && words[team.end]!.cap && !cues.teamCode.test(words[team.end]!.text)) {
    const [, end] = trimRun(words, team.end, capitalRun(words, team.end, NONE, 4), article)
    if (!isEvent(words, team.end, end)) return named(i, end, 'organization.team', `name-cues:${team.value}`, words)
  }
  const state = cueAt(cues.stateBefore, words, i)
  if (state && words[state.end]!.cap) {
    const end = capitalRun(words, state.end, NONE, 4)
    if (lexicons().countries.lookup(joinWords(words as Word[], state.end, end))) {
      const written = joinWords(words as Word[], i, missionEnd(words, i, end))
      return named(i, missionEnd(words, i, end), 'organization.state', `name-cues:${state.value}`, words, written.charAt(0).toUpperCase() + written.slice(1))
    }
  }
  // "công ty Simmons & Co", "hãng tin AP", "công ty dịch vụ năng lượng Baker Hughes", "đội dẫn đầu
  // Juventus": a common noun in lower case, maybe with what it does, outside the name.
  // At a sentence's start the noun is capitalized, and still outside the name when what the body does
  // comes between ("Công ty dịch vụ năng lượng Baker Hughes").
  const noun = lower || opensSentence(words, i) ? cueAt(cues.orgBefore, words, i) : undefined
  const nameStart = noun ? afterDescription(words, noun.end) : -1
  // A capitalized noun that is itself a body's head ("Đại học Michigan") is read with its name as a head.
  const head = noun && !lower ? vocabulary().orgHeads.longestSpaced(words as Word[], i) : undefined
  if (noun && nameStart >= 0 && !covered[nameStart] && (lower || nameStart > noun.end || head?.end !== noun.end)) {
    const [start, end] = trimRun(words, nameStart, foreignEnd(words, nameStart, capitalRun(words, nameStart, covered, 6)), article)
    const aName = isForeignRun(words, start, end) || ampersand(words, start, end) || standsAlone(words, start, end, article) || vietnameseName(words, start, end, noun.value)
    if (start === nameStart && end > start && !isEvent(words, start, end) && !cues.notNames.has(words[start]!.key) && aName) {
      return named(start, end, 'organization.after-noun', `name-cues:${noun.value}`, words)
    }
  }
  if (lower) {
    // "khoác áo Juventus", "đánh bại Bologna": a club after a verb of football, even where a city is named.
    const verb = cueAt(cues.teamVerbs, words, i)
    const match = verb ? undefined : cueAt(cues.matchVerbs, words, i)
    const object = (verb ?? match)?.end
    if (object !== undefined && words[object]!.cap) {
      const [start, end] = trimRun(words, object, foreignEnd(words, object, capitalRun(words, object, NONE, 3)), article)
      const club = verb ? isForeignRun(words, start, end) : lexicons().regions.lookup(joinWords(words as Word[], start, end))?.kind === 'world-city'
      if (start === object && end > start && club && plausibleClub(words, start, end)) {
        return { ...named(start, end, 'organization.team-verb', `name-cues:${(verb ?? match)!.value}`, words), overrides: true }
      }
    }
    return undefined
  }
  // "Crotone 0-2 Juventus": the two sides of a score.
  const side = clubByScore(words, i)
  if (side) return side
  if (covered[i]) return undefined
  // "AC Milan", "Real Madrid": a club's first word makes the place after it part of the club's name.
  const prefix = cues.orgPrefixes.opens(w.key) ? cues.orgPrefixes.longestSpaced(words as Word[], i) : undefined
  const run = capitalRun(words, i, prefix ? NONE : covered, 6)
  // Most runs are neither an abbreviation nor a foreign name, nor joined by "&": they open no body here.
  if (!w.upper && !prefix && !isForeignRun(words, i, run) && !ampersand(words, i, run)) return undefined
  const [start, end] = trimRun(words, i, foreignEnd(words, i, run), article)
  if (start !== i || end <= start || isEvent(words, start, end)) return undefined
  if (end - start >= 2 && (ampersand(words, start, end) || (isForeignRun(words, start, end) && (prefix || clubOrCompany(words, start, end))))) {
    // A club's name opened by its kind owns the place in it ("Roma" of "AS Roma").
    return { ...named(start, end, 'organization.name-shape', 'name-cues:organization', words), ...(prefix ? { overrides: true } : {}) }
  }
  // An abbreviation names its body alone, whatever capitalized words follow it ("SOHR Rami Abdel Rahman").
  if (standsAlone(words, start, start + 1, article)) return named(start, start + 1, 'organization.abbreviation', `abbreviations:${w.text}`, words)
  return undefined
}

/**
 * The first capitalized word after what a common noun says its body does ("dịch vụ năng lượng", "dẫn
 * đầu", "xếp thứ 3"): at most four lower-case words, none a function word, joined by single spaces.
 */
/** "Đại sứ quán Việt Nam tại Hàn Quốc": a mission's name goes on to its host after "tại". */
function missionEnd(words: readonly Word[], i: number, end: number): number {
  if (!nameCues().missions.longestSpaced(words as Word[], i) || end + 1 >= words.length || words[end]!.key !== 'tại' || words[end - 1]!.gap !== ' ' || words[end]!.gap !== ' ') return end
  const host = knownPlaces().longest(placeKeys(words as Word[], end + 1), end + 1)
  return host ? host.end : end
}

function afterDescription(words: readonly Word[], k: number): number {
  const functionWords = vocabulary().functionWords
  for (let j = k; j < words.length && j - k <= 4; j++) {
    const w = words[j]!
    if (w.cap) return j
    // "trường hợp của Saul Niguez": "của" ends what a noun may say of its body.
    if (w.gap !== ' ' || functionWords.has(w.key) || w.key === 'của' || !(isSyllable(w.text) || /^\d+$/u.test(w.text))) return -1
  }
  return -1
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** The side of a score that starts at word `i`: "Crotone" and "Juventus" of "Crotone 0-2 Juventus". */
function clubByScore(words: readonly Word[], i: number): NamedOrganization | undefined {
  const score = nameCues().score
  // Most capitalized words have no score next to them: look for one (a word opening with a digit)
  // before reading the run.
  const isScore = (w: Word): boolean => isDigit(w.text.charCodeAt(0)) && score.test(w.text)
  let near = i > 0 && isScore(words[i - 1]!)
  for (let k = i + 1; !near && k < words.length && k <= i + 3; k++) near = isScore(words[k]!)
  if (!near) return undefined
  const end = foreignEnd(words, i, capitalRun(words, i, NONE, 3))
  const before = i >= 2 && words[i - 1]!.gap === ' ' && score.test(words[i - 1]!.text) && words[i - 2]!.gap === ' ' && words[i - 2]!.cap
  const after = end + 1 < words.length && words[end - 1]!.gap === ' ' && score.test(words[end]!.text) && words[end]!.gap === ' ' && words[end + 1]!.cap
  if (!(before || after) || !plausibleClub(words, i, end)) return undefined
  return { start: i, end, name: joinWords(words as Word[], i, end), rule: 'organization.score', lexicon: 'name-cues:score', overrides: true }
}

/** A club's name: no abbreviation of a thing, no event, no word that names nothing. */
function plausibleClub(words: readonly Word[], from: number, to: number): boolean {
  const cues = nameCues()
  for (let k = from; k < to; k++) if (cues.notNames.has(words[k]!.key) || cues.eventWords.has(words[k]!.key)) return false
  return true
}

// Nouns after which a Vietnamese name of two words or more is the body's, even one that is a person's
// or a hero's: "công ty Trần Anh", "trường Nguyễn Du", "bệnh viện Bạch Mai".
const NAMING_NOUNS = new Set(['công ty', 'tập đoàn', 'hãng', 'ngân hàng', 'quỹ', 'nhà máy', 'xí nghiệp', 'trường', 'bệnh viện'])

function vietnameseName(words: readonly Word[], from: number, to: number, noun: string): boolean {
  return NAMING_NOUNS.has(noun) && to - from >= 2 && !knownPlaces().longest(placeKeys(words, from), from)
}

/** "World Cup", "Champions League", "Halle Open": the run names a competition or an event. */
const isEvent = (words: readonly Word[], from: number, to: number): boolean => {
  const cues = nameCues()
  for (let k = from; k < to; k++) if (cues.eventWords.has(words[k]!.key)) return true
  return false
}

function named(start: number, end: number, rule: string, lexicon: string, words: readonly Word[], name = joinWords(words as Word[], start, end)): NamedOrganization {
  return { start, end, name, rule, lexicon }
}

/** Whether a word of [from, to) is a foreign name's (an abbreviation is not). */
export function isForeignRun(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k]!.foreign) return true
  return false
}

function ampersand(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (words[k]!.gap === ' & ') return true
  return false
}

/** "Leicester City", "Korea Times", "Baker Hughes Inc": a club's or company's last word. */
const clubOrCompany = (words: readonly Word[], from: number, to: number): boolean => to - from >= 2 && nameCues().orgSuffixes.has(words[to - 1]!.key)

/**
 * An abbreviation that names a body on its own: not one of the words that name nothing, not a country
 * or a place, and not one whose expansion is a common noun.
 */
function standsAlone(words: readonly Word[], from: number, to: number, article: ArticleWords): boolean {
  if (to !== from + 1) return false
  const w = words[from]!
  // Initials ("N.M", "Q.D"), codes ("B11C", "QN-6578"), fields ("KH-ĐT") and roman numerals are no bodies.
  if (!isAbbreviation(w) || /[.\d-]|^[IVXLC]+$/u.test(w.text) || nameCues().notNames.has(w.key) || vocabulary().orgAbbreviations.has(w.text)) return false
  if (article.commonAbbreviations.has(w.text)) return false
  // A name in capitals ("LÂM", "MINH" of a byline) is a syllable; two letters ("MU", "AP") say nothing.
  if (w.text.length > 2 && isSyllable(w.text)) return false
  const lex = lexicons()
  if (lex.countries.lookup(w.text) || lex.regions.lookup(w.text) || lex.admin.lookup(w.text, { level: 'province' }).length > 0) return false
  const [expansion] = lex.abbreviations.expand(w.text)
  return expansion === undefined || /^\p{Lu}/u.test(expansion)
}
