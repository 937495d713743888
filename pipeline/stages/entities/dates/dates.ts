// Recognizes dates in an article's text: every pattern of date-patterns.ts, tried where one pass over the
// text found its anchors and widened over its cue words, the longest of overlapping mentions kept, then
// "từ X đến Y" joined into ranges and the years listed after a year ("năm 1997 và 1999") added. A range
// gives its two ends.
import type { Candidate, DateAttrs, RecognizerInput } from '../candidate.js'
import { TOKEN_END, digitRuns, isWordChar, startsWord, wordBefore } from '../boundaries.js'
import { findCue, isLunar, isYearFollower } from './date-cues.js'
import { ANCHOR_WORDS, DATE_PATTERNS, WORD_ANCHORS, type Anchor, type DatePattern } from './date-patterns.js'
import { parsePublished, type Published } from './date-value.js'

interface Found {
  start: number
  end: number
  rule: string
  date: DateAttrs
  /** A range's ends, each a date of its own within the range's mention. */
  ends?: Found[]
}

/** Where the anchors of each kind start and end, in order. */
interface Anchors {
  start: Record<Anchor, number[]>
  end: Record<Anchor, number[]>
}

const byKind = (): Record<Anchor, number[]> => ({ day: [], year: [], tháng: [], năm: [], quý: [], xuân: [], tết: [], today: [] })

/** Every anchor in the text. */
function findAnchors(text: string): Anchors {
  const at: Anchors = { start: byKind(), end: byKind() }
  const add = (kind: Anchor, start: number, end: number): void => {
    at.start[kind].push(start)
    at.end[kind].push(end)
  }
  WORD_ANCHORS.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD_ANCHORS.exec(text))) {
    const space = m[0][0] === ' ' ? 1 : 0
    const word = m[0].slice(space)
    add((ANCHOR_WORDS.get(word) ?? ANCHOR_WORDS.get(word.toLowerCase()))!, m.index + space, m.index + m[0].length)
  }
  // " tháng" after a day: the next "tháng" found is there.
  const thang = at.start.tháng
  let next = 0
  const runs = digitRuns(text)
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!
    const end = runs[r + 1]!
    while (next < thang.length && thang[next]! <= end) next++
    const separated = isDaySeparator(text, end) || (text[end] === ' ' && thang[next] === end + 1)
    if (end - start <= 2 && separated) add('day', start, end)
    else if (end - start === 4 && isCentury(text, start)) add('year', start, end)
  }
  return at
}

// What follows a day in a date, but for " tháng": "/", " /", ".", "-".
const isDaySeparator = (s: string, i: number): boolean =>
  s[i] === '/' || s[i] === '.' || s[i] === '-' || (s[i] === ' ' && s[i + 1] === '/')
// 19xx, 20xx or 21xx: what YEAR may match.
const isCentury = (s: string, i: number): boolean =>
  s[i] === '1' ? s[i + 1] === '9' : s[i] === '2' && (s[i + 1] === '0' || s[i + 1] === '1')

// What the words between a mention's start and its anchor are made of: letters, spaces and dashes (digits
// too, which costs a try or two but keeps this simple).
function isCueChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === 0x20 || c === 0x2d || c === 0x2013 || c === 0x2014 || isWordChar(text, i)
}

/** Where a match of `pattern` may start, in order: the starts of words within reach of its anchors. */
function startsOf(text: string, pattern: DatePattern, anchors: Anchors): number[] {
  const starts: number[] = []
  let sorted = true
  for (const { at, reach, after, next } of pattern.anchors) {
    const [least, most] = reach
    const begins = anchors.start[at]
    const ends = anchors.end[at]
    for (let k = 0; k < begins.length; k++) {
      const a = begins[k]!
      if (next && !next(text, ends[k]!)) continue
      // Back over the words before the anchor, when one of them may start a match.
      let from = a
      if (most > 0 && text[a - 1] === ' ' && (!after || wordBefore(after, text, a - 1))) {
        from = a - 1
        while (from > a - most && isCueChar(text, from - 1)) from--
      }
      for (let i = from; i <= a - least; i++) {
        if (!startsWord(text, i)) continue
        if (starts.length && i <= starts[starts.length - 1]!) sorted = false
        starts.push(i)
      }
    }
  }
  if (sorted) return starts
  starts.sort((a, b) => a - b)
  return starts.filter((s, i) => i === 0 || s !== starts[i - 1])
}

/**
 * Where `pattern` matches in `text`, in order: what `text.matchAll` finds with its regex made global (and
 * given back its WORD_START), trying the regex only where a match may start.
 */
export function matchesOf(text: string, pattern: DatePattern, anchors = findAnchors(text)): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  const regex = pattern.regex
  let from = 0
  for (const at of startsOf(text, pattern, anchors)) {
    if (at < from) continue
    regex.lastIndex = at
    const m = regex.exec(text)
    if (!m) continue
    matches.push(m)
    from = at + m[0].length
  }
  return matches
}

/** The dates that `pattern` reads in `text`, widened over their cue words. */
function scan(text: string, pattern: DatePattern, anchors: Anchors, pub: Published, found: Found[]): void {
  for (const m of matchesOf(text, pattern, anchors)) {
    let start = m.index
    let end = start + m[0].length
    const cue = pattern.cue ? findCue(text, start, pattern.cue) : null
    const closes = cue !== null && (!cue.paren || text[end] === ')')
    const groups = m.groups ?? {}
    if (isLunar(text, end) || (pattern.accept && !pattern.accept({ groups, text, start, end, cued: closes }))) continue
    const date = pattern.read(groups, pub)
    if (!date) continue
    if (closes) [start, end] = [cue.start, cue.paren ? end + 1 : end]
    const rule = pattern.rule
    found.push(pattern.endYears ? { start, end, rule, date, ends: endYears(m, pattern.endYears) } : { start, end, rule, date })
  }
}

/** The years held by `names` in a match made with the `d` flag: "2021" and "2026" in "nhiệm kỳ 2021 – 2026". */
function endYears(m: RegExpMatchArray, names: string[]): Found[] {
  return names.map((name) => {
    const [start, end] = m.indices!.groups![name]!
    return { start, end, rule: 'date.range-end', date: { value: m.groups![name]!, precision: 'year', inferred: false } }
  })
}

/** Leftmost first, the longer of two at one place; a mention overlapping one already kept is dropped. */
function keepLongest(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Found[] = []
  for (const f of found) if (!kept.length || f.start >= kept[kept.length - 1]!.end) kept.push(f)
  return kept
}

const FROM = /(?<![\p{L}\p{N}])từ $/iu
const TO = /^(?: (?:đến|tới) | ?[-–—] ?)$/u

/** Where a range from `from` to `to` begins, when the words between them make one. */
function rangeStart(text: string, from: Found, to: Found): number | null {
  // The longest gap TO matches is " đến ".
  if (to.start - from.end > 5) return null
  const gap = text.slice(from.end, to.start)
  if (!TO.test(gap) || from.date.precision === 'range' || to.date.precision === 'range') return null
  if (/[-–—]/.test(gap)) return from.date.precision === to.date.precision ? from.start : null
  const tu = FROM.exec(text.slice(Math.max(0, from.start - 4), from.start))
  return tu ? from.start - tu[0].length : null
}

// A range writes its year once, at the end: "từ ngày 1/1 đến ngày 15/1/2022" starts on 2022-01-01.
function withYearOf(from: DateAttrs, to: DateAttrs): DateAttrs {
  const year = /^\d{4}/.exec(to.value)?.[0]
  const yearless = from.value.startsWith('--') || from.inferred
  if (!year || to.inferred || !yearless || (from.precision !== 'day' && from.precision !== 'month')) return from
  return { ...from, value: year + from.value.replace(/^(?:\d{4}|-)/, ''), inferred: false }
}

/** "từ ngày 1/1 đến ngày 15/1", "30/4 - 1/5": one mention whose value is an ISO interval. */
function joinRanges(text: string, kept: Found[]): Found[] {
  const out: Found[] = []
  for (const f of kept) {
    const prev = out[out.length - 1]
    const start = prev ? rangeStart(text, prev, f) : null
    if (!prev || start === null) {
      out.push(f)
      continue
    }
    const first = withYearOf(prev.date, f.date)
    const date: DateAttrs = { value: `${first.value}/${f.date.value}`, precision: 'range', inferred: first.inferred || f.date.inferred }
    out[out.length - 1] = { start, end: f.end, rule: 'date.range', date, ends: [{ ...prev, date: first }, f] }
  }
  return out
}

const LISTED_YEAR = new RegExp(`^(?:,|,? và|,? hoặc) (?<year>19\\d\\d|20\\d\\d|2100)${TOKEN_END}`, 'u')

// How LISTED_YEAR starts, cheap to test first.
const mayList = (text: string, i: number): boolean => text[i] === ',' || text.startsWith(' và ', i) || text.startsWith(' hoặc ', i)

/** "năm 1992, 1996 và 2001": the years listed after a year are years too. */
function addListedYears(text: string, kept: Found[]): Found[] {
  const out: Found[] = []
  kept.forEach((f, i) => {
    out.push(f)
    if (f.rule !== 'date.year') return
    const limit = kept[i + 1]?.start ?? text.length
    let end = f.end
    let m: RegExpExecArray | null
    while (
      mayList(text, end) &&
      (m = LISTED_YEAR.exec(text.slice(end, end + 16))) &&
      end + m[0].length <= limit &&
      isYearFollower(text, end + m[0].length)
    ) {
      end += m[0].length
      out.push({ start: end - 4, end, rule: 'date.year-list', date: { value: m.groups!.year!, precision: 'year', inferred: false } })
    }
  })
  return out
}

const toCandidate = (f: Found): Candidate => ({ type: 'DATE', start: f.start, end: f.end, name: f.date.value, rule: f.rule, date: f.date })

/**
 * Every date mentioned in the text, resolved against the publication date, in order; mentions never
 * overlap. A range ("giai đoạn 2016-2020", "từ ngày 1/1 đến ngày 15/1") gives its two ends as dates:
 * news annotation takes each end for a date the article states, and the period for no date of its own.
 */
export function recognizeDates(input: RecognizerInput): Candidate[] {
  const pub = parsePublished(input.published)
  const anchors = findAnchors(input.text)
  const found: Found[] = []
  for (const pattern of DATE_PATTERNS) scan(input.text, pattern, anchors, pub, found)
  const candidates: Candidate[] = []
  for (const f of addListedYears(input.text, joinRanges(input.text, keepLongest(found)))) {
    if (f.ends) for (const end of f.ends) candidates.push(toCandidate(end))
    else candidates.push(toCandidate(f))
  }
  return candidates
}
