// Recognizes dates in an article's text: every pattern of date-patterns.ts, widened over its cue words,
// the longest of overlapping mentions kept, then "từ X đến Y" joined into ranges and the years listed after
// a year ("năm 1997 và 1999") added. A range gives its two ends.
import type { Candidate, DateAttrs, RecognizerInput } from './candidate.js'
import { TOKEN_END } from './boundaries.js'
import { findCue, isLunar, isYearFollower } from './date-cues.js'
import { DATE_PATTERNS, type DatePattern } from './date-patterns.js'
import { parsePublished, type Published } from './date-value.js'

interface Found {
  start: number
  end: number
  rule: string
  date: DateAttrs
  /** A range's ends, each a date of its own within the range's mention. */
  ends?: Found[]
}

function scan(text: string, pattern: DatePattern, pub: Published): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(pattern.regex)) {
    let start = m.index
    let end = start + m[0].length
    const cue = pattern.cue ? findCue(text, start, pattern.cue) : null
    const closes = cue !== null && (!cue.paren || text[end] === ')')
    const groups = m.groups ?? {}
    if (isLunar(text, end) || (pattern.accept && !pattern.accept({ groups, text, start, end, cued: closes }))) continue
    const date = pattern.read(groups, pub)
    if (!date) continue
    if (closes) [start, end] = [cue.start, cue.paren ? end + 1 : end]
    found.push({ start, end, rule: pattern.rule, date, ...(pattern.endYears && { ends: endYears(m, pattern.endYears) }) })
  }
  return found
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

/** "năm 1992, 1996 và 2001": the years listed after a year are years too. */
function addListedYears(text: string, kept: Found[]): Found[] {
  const out: Found[] = []
  kept.forEach((f, i) => {
    out.push(f)
    if (f.rule !== 'date.year') return
    const limit = kept[i + 1]?.start ?? text.length
    let end = f.end
    let m: RegExpExecArray | null
    while ((m = LISTED_YEAR.exec(text.slice(end, end + 16))) && end + m[0].length <= limit && isYearFollower(text, end + m[0].length)) {
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
  const found = DATE_PATTERNS.flatMap((p) => scan(input.text, p, pub))
  return addListedYears(input.text, joinRanges(input.text, keepLongest(found))).flatMap((f) => (f.ends ?? [f]).map(toCandidate))
}
