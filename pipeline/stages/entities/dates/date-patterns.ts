// The date patterns, one per written form, each naming its rule. A pattern reads the parts the text states;
// date-value.ts turns them into ISO. Every regex has bounded repetition only, and is tried only near an
// anchor that every match of it holds (dates.ts finds them in one pass), so a scan is linear and cheap.
import type { DateAttrs } from '../candidate.js'
import { TOKEN_END, TOKEN_START, WORD_END, WORD_START, wordsBefore } from '../boundaries.js'
import { TIME_OF_DAY, isBareDayMonth, isYearFollower, type CueKind } from './date-cues.js'
import { cycleYear, resolveDate, shiftDays, shiftMonths, type Published } from './date-value.js'

export interface DateMatch {
  groups: Record<string, string | undefined>
  text: string
  start: number
  end: number
  /** Whether a cue word (findCue) precedes the match. */
  cued: boolean
}

/**
 * What one pass over the text finds, each where it starts and ends: `day` a run of one or two digits with
 * a day's separator after it ("/", " /", ".", "-", " tháng"), `year` a run of four that may be a year
 * (19xx, 20xx, 21xx), `today` "nay", "qua", "kia" or "mai" after a space, and the other words as written,
 * in any case.
 */
export type Anchor = 'day' | 'year' | 'tháng' | 'năm' | 'quý' | 'xuân' | 'tết' | 'today'

// The word anchors, case-insensitive as the patterns are, so that the pass finds whatever they can match
// (the digits come from digitRuns). No word anchor can start inside another, so none hides one; no capture
// groups, which would slow the pass down.
export const WORD_ANCHORS = /t(?:háng|ết)|năm|quý|xuân| (?:nay|qua|kia|mai)/giu
/** Which anchor a word found by WORD_ANCHORS is, by its lower case without the space (toLowerCase folds their letters as the regex does). */
export const ANCHOR_WORDS = new Map<string, Anchor>([
  ['tháng', 'tháng'], ['tết', 'tết'], ['năm', 'năm'], ['quý', 'quý'], ['xuân', 'xuân'],
  ['nay', 'today'], ['qua', 'today'], ['kia', 'today'], ['mai', 'today'],
])

/** Where a match may start, by an anchor it holds: every match holds one anchor of a spec of its pattern. */
export interface AnchorSpec {
  at: Anchor
  /**
   * From how many to how many characters before the anchor a match starts ("giai đoạn 2016": 10 before
   * the year). The words between are letters, spaces and dashes, and a space is right before the anchor.
   */
  reach: [number, number]
  /** What is right before the anchor when a match starts before it: one of some words (wordsBefore). */
  after?: RegExp
  /** What follows the anchor in every match, tested where the anchor ends. */
  next?: (text: string, end: number) => boolean
}

export interface DatePattern {
  rule: string
  /**
   * Sticky, and tried only where a word or a number starts (startsWord): its source opens with WORD_START
   * or TOKEN_START, of which the scan checks the WORD_START.
   */
  regex: RegExp
  anchors: AnchorSpec[]
  /** Which cue words may precede the mention and become part of it. */
  cue?: CueKind
  /** Groups that each hold a year of its own (a range's ends); the regex then has the `d` flag. */
  endYears?: string[]
  /** Rejects a match that the regex alone cannot tell from a number. */
  accept?: (m: DateMatch) => boolean
  read: (g: Record<string, string | undefined>, pub: Published) => DateAttrs | null
}

const DAY = '(?<day>0?[1-9]|[12]\\d|3[01])'
const MONTH = '(?<month>0?[1-9]|1[0-2])'
const year = (name: string): string => `(?<${name}>19\\d\\d|20\\d\\d|2100)`
const YEAR = year('year')
const RELATIVE_YEAR = '(?<rel>nay|ngoái|trước|tới|sau)'
// "2 năm trước", "những năm tới", "hàng tháng" count or repeat periods; they don't name one.
const NOT_COUNTED = '(?<!(?:\\d|những|các|nhiều|mấy|vài|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|hàng|hằng|mỗi|một|hơn) )'
// "năm trước đó", "năm sau nữa" are relative to the story, not to the publication.
const NOT_STORY_RELATIVE = '(?! (?:đó|đấy|nữa|cao hơn|hơn))'
// A year of the sexagenary cycle, "Đinh Dậu", with what names it as a year: "xuân", "Tết Nguyên đán".
const BRANCH = 'tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi'
const CYCLE = `(?<stem>giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý) (?<branch>${BRANCH})`
const CYCLE_LEAD = 'năm|mùa xuân|xuân|tết nguyên đán|tết'
const SEASON = 'mùa xuân|mùa hè|mùa thu|mùa đông'
// Before a year: "năm", a season, or a year of the sexagenary cycle ("Tết Nguyên đán Đinh Dậu – 2017") always name one.
const YEAR_CUE = `năm|${SEASON}|(?:(?:${CYCLE_LEAD}) )?${CYCLE}(?: [-–—])?`
// These name a year only when no noun follows: "sau 2020," but not "sau 2000 người".
const WEAK_YEAR_CUE = 'từ|đến|tới|trước|sau|trong|vào|hết|cuối|đầu|giữa|xuân|tết'

// What may name a range of years before it: "nhiệm kỳ 2021 – 2026", "giai đoạn 2016-2020".
const RANGE_CUE = 'nhiệm kỳ|giai đoạn|năm học|niên khóa|niên khoá|khóa|khoá|thời kỳ|năm|từ|tới|đến'

/** The last word of each of the alternatives `a|b c|…`. */
const lastWords = (alternatives: string): string[] => alternatives.split('|').map((a) => a.slice(a.lastIndexOf(' ') + 1))
// The words right before the day a relative day names: "hôm nay", "ngày mai", "sáng sớm nay", "chiều qua".
const BEFORE_TODAY = wordsBefore(lastWords(`hôm|ngày|${TIME_OF_DAY}`))
// The words right before a year that a cue names; none after a dash ("Đinh Dậu – 2017").
const BEFORE_YEAR = wordsBefore(['', ...lastWords(`năm|${SEASON}|${BRANCH}|${WEAK_YEAR_CUE}`)])

const isDigit = (text: string, i: number): boolean => text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39
const isDash = (c: string | undefined): boolean => c === '-' || c === '–' || c === '—'
// What follows an anchor: a space and a digit ("tháng 7"), a space and no digit ("tháng này"), a space.
const spaceDigit = (text: string, i: number): boolean => text[i] === ' ' && isDigit(text, i + 1)
const spaceWord = (text: string, i: number): boolean => text[i] === ' ' && !isDigit(text, i + 1)
const space = (text: string, i: number): boolean => text[i] === ' '

const YEAR_OFFSETS: Record<string, number> = { nay: 0, ngoái: -1, trước: -1, tới: 1, sau: 1 }
const DAY_OFFSETS: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 }
const MONTH_OFFSETS: Record<string, number> = { này: 0, nay: 0, trước: -1, tới: 1, sau: 1 }
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))
const relYear = (g: Record<string, string | undefined>): number | undefined =>
  g.rel === undefined ? undefined : YEAR_OFFSETS[g.rel.toLowerCase()]
// Sticky, without the WORD_START that opens every pattern: dates.ts checks it in code (startsWord) before
// trying a pattern, for a third of what the look-behind costs.
function re(source: string, flags = ''): RegExp {
  if (!source.startsWith(WORD_START)) throw new Error(`date pattern without WORD_START: ${source}`)
  return new RegExp(source.slice(WORD_START.length), `yiu${flags}`)
}
const dayParts = (g: Record<string, string | undefined>) => ({ year: num(g.year), month: num(g.month), day: num(g.day) })

export const DATE_PATTERNS: DatePattern[] = [
  {
    rule: 'date.iso',
    anchors: [{ at: 'year', reach: [0, 0], next: (t, i) => t[i] === '-' }],
    regex: re(`${TOKEN_START}${YEAR}-(?<month>0[1-9]|1[0-2])(?:-(?<day>0[1-9]|[12]\\d|3[01]))?${TOKEN_END}`),
    read: (g, pub) => resolveDate(dayParts(g), g.day ? 'day' : 'month', pub),
  },
  {
    rule: 'date.day-month-year',
    anchors: [{ at: 'day', reach: [0, 0] }],
    regex: re(`${TOKEN_START}${DAY}(?<sep> ?/ ?|[.\\-])${MONTH}\\k<sep>${YEAR}${TOKEN_END}`),
    cue: 'day',
    read: (g, pub) => resolveDate(dayParts(g), 'day', pub),
  },
  {
    // "ngày 13 tháng 1 năm 2022"; without the year, only after a cue ("13 tháng 1" may be a duration).
    rule: 'date.day-month-words',
    anchors: [{ at: 'day', reach: [0, 0], next: space }],
    regex: re(`${TOKEN_START}${DAY} tháng ${MONTH}(?: năm ${YEAR})?${TOKEN_END}`),
    cue: 'day',
    accept: (m) => m.cued || m.groups.year !== undefined,
    read: (g, pub) => resolveDate(dayParts(g), 'day', pub),
  },
  {
    // "6/2" alone may be a date; "6.2" and "6-2" are numbers or scores unless a cue says otherwise.
    rule: 'date.day-month',
    anchors: [{ at: 'day', reach: [0, 0], next: (t, i) => t[i] === '/' || t[i] === '.' || t[i] === '-' }],
    regex: re(`${TOKEN_START}${DAY}(?<sep>[/.\\-])${MONTH}${TOKEN_END}`),
    cue: 'day',
    accept: (m) =>
      m.cued || (m.groups.sep === '/' && isBareDayMonth(m.text, m.start, Number(m.groups.day), Number(m.groups.month))),
    read: (g, pub) => resolveDate(dayParts(g), 'day', pub),
  },
  {
    rule: 'date.month-year',
    anchors: [{ at: 'tháng', reach: [0, 0], next: spaceDigit }],
    regex: re(`${WORD_START}tháng ${MONTH}(?: ?[/.\\-] ?| năm )${YEAR}${TOKEN_END}`),
    cue: 'period',
    read: (g, pub) => resolveDate(dayParts(g), 'month', pub),
  },
  {
    // "tháng 9", "tháng 7 năm ngoái"; not "mỗi tháng 1 lần".
    rule: 'date.month',
    anchors: [{ at: 'tháng', reach: [0, 0], next: spaceDigit }],
    regex: re(`${WORD_START}${NOT_COUNTED}tháng ${MONTH}(?: năm ${RELATIVE_YEAR})?${TOKEN_END}(?! lần)`),
    cue: 'period',
    read: (g, pub) => resolveDate({ month: num(g.month), yearOffset: relYear(g) }, 'month', pub),
  },
  {
    rule: 'date.quarter',
    anchors: [{ at: 'quý', reach: [0, 0], next: space }],
    regex: re(`${WORD_START}quý (?<q>IV|III|II|I|[1-4])(?:(?: ?[/\\-] ?| năm )${YEAR}| năm ${RELATIVE_YEAR})?${TOKEN_END}`),
    cue: 'period',
    read: (g, pub) =>
      resolveDate({ quarter: ROMAN[g.q!.toLowerCase()] ?? Number(g.q), year: num(g.year), yearOffset: relYear(g) }, 'quarter', pub),
  },
  {
    // "nhiệm kỳ 2021 – 2026", "giai đoạn 2016-2020", "2021-2026": an ISO interval of years, and each end a year.
    rule: 'date.year-range',
    anchors: [
      // "giai đoạn 2016-2020", "2021 – 2026".
      { at: 'year', reach: [0, 10], after: wordsBefore(lastWords(RANGE_CUE)), next: (t, i) => isDash(t[i]) || (space(t, i) && isDash(t[i + 1])) },
    ],
    regex: re(
      `${TOKEN_START}(?:(?:${RANGE_CUE}) )?` +
        `${year('from')} ?[-–—] ?${year('to')}${TOKEN_END}`,
      'd',
    ),
    endYears: ['from', 'to'],
    accept: (m) => Number(m.groups.to) > Number(m.groups.from),
    read: (g) => ({ value: `${g.from}/${g.to}`, precision: 'range', inferred: false }),
  },
  {
    rule: 'date.since',
    anchors: [{ at: 'year', reach: [3, 7], after: wordsBefore(['từ', 'năm']), next: space }], // "từ năm 2011"
    regex: re(`${WORD_START}từ (?:năm )?${YEAR} (?:đến|tới) (?:nay|hiện nay|bây giờ)${WORD_END}`),
    read: (g, pub) => resolveDate({ year: num(g.year) }, 'year', pub),
  },
  {
    rule: 'date.year',
    anchors: [{ at: 'year', reach: [3, 27], after: BEFORE_YEAR }], // "tết nguyên đán Bính Thân – 2016"
    regex: re(`${WORD_START}(?:${YEAR_CUE}|(?<weak>${WEAK_YEAR_CUE})) ${YEAR}${TOKEN_END}`),
    cue: 'period',
    accept: (m) => m.groups.weak === undefined || isYearFollower(m.text, m.end),
    read: (g, pub) => resolveDate({ year: num(g.year) }, 'year', pub),
  },
  {
    // "xuân Đinh Dậu", "Tết Nguyên đán Đinh Dậu" without the number: the year of that name nearest the publication.
    rule: 'date.lunar-year',
    anchors: [
      { at: 'năm', reach: [0, 0], next: space },
      { at: 'xuân', reach: [0, 4], after: wordsBefore(['mùa']), next: space },
      { at: 'tết', reach: [0, 0], next: space },
    ],
    regex: re(`${WORD_START}(?:${CYCLE_LEAD}) ${CYCLE}${WORD_END}`),
    cue: 'period',
    read: (g, pub) => {
      const year = pub.year === undefined ? undefined : cycleYear(g.stem!, g.branch!, pub.year)
      return year === undefined ? null : { value: String(year), precision: 'year', inferred: true }
    },
  },
  {
    rule: 'date.relative-day',
    anchors: [{ at: 'today', reach: [4, 14], after: BEFORE_TODAY }], // "rạng sáng hôm nay"
    regex: re(
      `${WORD_START}(?<!ánh )(?:(?:ngày )?hôm (?<rel>nay|qua|kia)|ngày (?<rel2>mai)|(?:${TIME_OF_DAY}) (?:hôm )?(?<rel3>nay|qua|mai))${WORD_END}`,
    ),
    read: (g, pub) => {
      const parts = shiftDays(pub, DAY_OFFSETS[(g.rel ?? g.rel2 ?? g.rel3)!.toLowerCase()]!)
      return parts && resolveDate(parts, 'day', pub)
    },
  },
  {
    rule: 'date.relative-month',
    anchors: [{ at: 'tháng', reach: [0, 0], next: spaceWord }],
    regex: re(`${WORD_START}${NOT_COUNTED}tháng (?<rel>này|nay|trước|tới|sau)${WORD_END}${NOT_STORY_RELATIVE}`),
    cue: 'period',
    read: (g, pub) => {
      const parts = shiftMonths(pub, MONTH_OFFSETS[g.rel!.toLowerCase()]!)
      return parts && resolveDate(parts, 'month', pub)
    },
  },
  {
    rule: 'date.relative-year',
    anchors: [{ at: 'năm', reach: [0, 5], after: wordsBefore(['sang']) }],
    regex: re(`${WORD_START}${NOT_COUNTED}(?:năm ${RELATIVE_YEAR}|sang (?<next>năm))${WORD_END}${NOT_STORY_RELATIVE}`),
    cue: 'period',
    read: (g, pub) => resolveDate({ yearOffset: g.next ? 1 : relYear(g), inferred: true }, 'year', pub),
  },
]
