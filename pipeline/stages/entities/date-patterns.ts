// The date patterns, one per written form, each naming its rule. A pattern reads the parts the text states;
// date-value.ts turns them into ISO. Every regex has bounded repetition only, so each scan is linear.
import type { DateAttrs } from './candidate.js'
import { TOKEN_END, TOKEN_START, WORD_END, WORD_START } from './boundaries.js'
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

export interface DatePattern {
  rule: string
  regex: RegExp
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
const CYCLE =
  '(?<stem>giáp|ất|bính|đinh|mậu|kỷ|kỉ|canh|tân|nhâm|quý) (?<branch>tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)'
const CYCLE_LEAD = 'năm|mùa xuân|xuân|tết nguyên đán|tết'
// Before a year: "năm", a season, or a year of the sexagenary cycle ("Tết Nguyên đán Đinh Dậu – 2017") always name one.
const YEAR_CUE = `năm|mùa xuân|mùa hè|mùa thu|mùa đông|(?:(?:${CYCLE_LEAD}) )?${CYCLE}(?: [-–—])?`
// These name a year only when no noun follows: "sau 2020," but not "sau 2000 người".
const WEAK_YEAR_CUE = 'từ|đến|tới|trước|sau|trong|vào|hết|cuối|đầu|giữa|xuân|tết'

const YEAR_OFFSETS: Record<string, number> = { nay: 0, ngoái: -1, trước: -1, tới: 1, sau: 1 }
const DAY_OFFSETS: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 }
const MONTH_OFFSETS: Record<string, number> = { này: 0, nay: 0, trước: -1, tới: 1, sau: 1 }
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))
const relYear = (g: Record<string, string | undefined>): number | undefined =>
  g.rel === undefined ? undefined : YEAR_OFFSETS[g.rel.toLowerCase()]
const re = (source: string, flags = ''): RegExp => new RegExp(source, `giu${flags}`)
const dayParts = (g: Record<string, string | undefined>) => ({ year: num(g.year), month: num(g.month), day: num(g.day) })

export const DATE_PATTERNS: DatePattern[] = [
  {
    rule: 'date.iso',
    regex: re(`${TOKEN_START}${YEAR}-(?<month>0[1-9]|1[0-2])(?:-(?<day>0[1-9]|[12]\\d|3[01]))?${TOKEN_END}`),
    read: (g, pub) => resolveDate(dayParts(g), g.day ? 'day' : 'month', pub),
  },
  {
    rule: 'date.day-month-year',
    regex: re(`${TOKEN_START}${DAY}(?<sep> ?/ ?|[.\\-])${MONTH}\\k<sep>${YEAR}${TOKEN_END}`),
    cue: 'day',
    read: (g, pub) => resolveDate(dayParts(g), 'day', pub),
  },
  {
    // "ngày 13 tháng 1 năm 2022"; without the year, only after a cue ("13 tháng 1" may be a duration).
    rule: 'date.day-month-words',
    regex: re(`${TOKEN_START}${DAY} tháng ${MONTH}(?: năm ${YEAR})?${TOKEN_END}`),
    cue: 'day',
    accept: (m) => m.cued || m.groups.year !== undefined,
    read: (g, pub) => resolveDate(dayParts(g), 'day', pub),
  },
  {
    // "6/2" alone may be a date; "6.2" and "6-2" are numbers or scores unless a cue says otherwise.
    rule: 'date.day-month',
    regex: re(`${TOKEN_START}${DAY}(?<sep>[/.\\-])${MONTH}${TOKEN_END}`),
    cue: 'day',
    accept: (m) =>
      m.cued || (m.groups.sep === '/' && isBareDayMonth(m.text, m.start, Number(m.groups.day), Number(m.groups.month))),
    read: (g, pub) => resolveDate(dayParts(g), 'day', pub),
  },
  {
    rule: 'date.month-year',
    regex: re(`${WORD_START}tháng ${MONTH}(?: ?[/.\\-] ?| năm )${YEAR}${TOKEN_END}`),
    cue: 'period',
    read: (g, pub) => resolveDate(dayParts(g), 'month', pub),
  },
  {
    // "tháng 9", "tháng 7 năm ngoái"; not "mỗi tháng 1 lần".
    rule: 'date.month',
    regex: re(`${WORD_START}${NOT_COUNTED}tháng ${MONTH}(?: năm ${RELATIVE_YEAR})?${TOKEN_END}(?! lần)`),
    cue: 'period',
    read: (g, pub) => resolveDate({ month: num(g.month), yearOffset: relYear(g) }, 'month', pub),
  },
  {
    rule: 'date.quarter',
    regex: re(`${WORD_START}quý (?<q>IV|III|II|I|[1-4])(?:(?: ?[/\\-] ?| năm )${YEAR}| năm ${RELATIVE_YEAR})?${TOKEN_END}`),
    cue: 'period',
    read: (g, pub) =>
      resolveDate({ quarter: ROMAN[g.q!.toLowerCase()] ?? Number(g.q), year: num(g.year), yearOffset: relYear(g) }, 'quarter', pub),
  },
  {
    // "nhiệm kỳ 2021 – 2026", "giai đoạn 2016-2020", "2021-2026": an ISO interval of years, and each end a year.
    rule: 'date.year-range',
    regex: re(
      `${TOKEN_START}(?:(?:nhiệm kỳ|giai đoạn|năm học|niên khóa|niên khoá|khóa|khoá|thời kỳ|năm|từ|tới|đến) )?` +
        `${year('from')} ?[-–—] ?${year('to')}${TOKEN_END}`,
      'd',
    ),
    endYears: ['from', 'to'],
    accept: (m) => Number(m.groups.to) > Number(m.groups.from),
    read: (g) => ({ value: `${g.from}/${g.to}`, precision: 'range', inferred: false }),
  },
  {
    rule: 'date.since',
    regex: re(`${WORD_START}từ (?:năm )?${YEAR} (?:đến|tới) (?:nay|hiện nay|bây giờ)${WORD_END}`),
    read: (g, pub) => resolveDate({ year: num(g.year) }, 'year', pub),
  },
  {
    rule: 'date.year',
    regex: re(`${WORD_START}(?:${YEAR_CUE}|(?<weak>${WEAK_YEAR_CUE})) ${YEAR}${TOKEN_END}`),
    cue: 'period',
    accept: (m) => m.groups.weak === undefined || isYearFollower(m.text, m.end),
    read: (g, pub) => resolveDate({ year: num(g.year) }, 'year', pub),
  },
  {
    // "xuân Đinh Dậu", "Tết Nguyên đán Đinh Dậu" without the number: the year of that name nearest the publication.
    rule: 'date.lunar-year',
    regex: re(`${WORD_START}(?:${CYCLE_LEAD}) ${CYCLE}${WORD_END}`),
    cue: 'period',
    read: (g, pub) => {
      const year = pub.year === undefined ? undefined : cycleYear(g.stem!, g.branch!, pub.year)
      return year === undefined ? null : { value: String(year), precision: 'year', inferred: true }
    },
  },
  {
    rule: 'date.relative-day',
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
    regex: re(`${WORD_START}${NOT_COUNTED}tháng (?<rel>này|nay|trước|tới|sau)${WORD_END}${NOT_STORY_RELATIVE}`),
    cue: 'period',
    read: (g, pub) => {
      const parts = shiftMonths(pub, MONTH_OFFSETS[g.rel!.toLowerCase()]!)
      return parts && resolveDate(parts, 'month', pub)
    },
  },
  {
    rule: 'date.relative-year',
    regex: re(`${WORD_START}${NOT_COUNTED}(?:năm ${RELATIVE_YEAR}|sang (?<next>năm))${WORD_END}${NOT_STORY_RELATIVE}`),
    cue: 'period',
    read: (g, pub) => resolveDate({ yearOffset: g.next ? 1 : relYear(g), inferred: true }, 'year', pub),
  },
]
