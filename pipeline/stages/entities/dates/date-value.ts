// Turns what a date mention says (day, month, quarter, year, each possibly missing) into an ISO value,
// taking a missing year from the publication date when there is one.
import type { DateAttrs } from '../candidate.js'

/**
 * What a mention states; `yearOffset` is a year relative to publication ("tháng 7 năm ngoái" = -1), and
 * `inferred` marks parts computed from the publication date ("hôm qua").
 */
export interface DateParts {
  year?: number
  yearOffset?: number
  quarter?: number
  month?: number
  day?: number
  inferred?: boolean
}

/** The publication date's known parts; the missing ones stay undefined. */
export interface Published {
  year?: number
  month?: number
  day?: number
}

/** The publication date's parts; the last one read is kept, since an article's recognizers read it again and again. */
export function parsePublished(published: string | null): Published {
  if (published === lastPublished[0]) return lastPublished[1]
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '')
  const parts = m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined } : {}
  lastPublished = [published, parts]
  return parts
}

let lastPublished: [string | null, Published] = [null, {}]

// Months and days: 1 to 31.
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))

function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

// A day or month without a year is in the publication's year, except across New Year: "28/12" in an
// article of January is last December, "tháng 1" in one of December is next January. More than 8 months
// away from the publication's month is taken as that. Without the publication's month, its year is all there is.
function nearestYear(month: number, day: number, pub: Published, year: number): number {
  if (pub.month === undefined) return year
  const diff = month - pub.month + (day - (pub.day ?? 15)) / 31
  return diff > 8 ? year - 1 : diff < -8 ? year + 1 : year
}

/** The ISO value of what a mention states, or null when it names no valid date. */
export function resolveDate(parts: DateParts, precision: 'day' | 'month' | 'quarter' | 'year', pub: Published): DateAttrs | null {
  const { month, day, quarter } = parts
  // "tháng 7 năm ngoái" is not the `--07` of an unknown year: that would merge it with this year's
  // "tháng 7". Without the publication's year, a year other than this one cannot be written.
  if (parts.yearOffset && pub.year === undefined) return null
  let year = parts.year
  let inferred = parts.inferred ?? false
  if (year === undefined && pub.year !== undefined) {
    const midMonth = month ?? (quarter !== undefined ? quarter * 3 - 1 : 6)
    year = parts.yearOffset !== undefined ? pub.year + parts.yearOffset : nearestYear(midMonth, day ?? 15, pub, pub.year)
    inferred = true
  }
  if (day !== undefined && (month === undefined || day > daysInMonth(month, year))) return null
  if (year === undefined) {
    // ISO has forms for a day or month of an unknown year (--MM-DD, --MM) but none for a year or quarter.
    if (precision === 'day') return { value: `--${pad(month!)}-${pad(day!)}`, precision, inferred }
    if (precision === 'month') return { value: `--${pad(month!)}`, precision, inferred }
    return null
  }
  const value =
    precision === 'day' ? `${year}-${pad(month!)}-${pad(day!)}`
      : precision === 'month' ? `${year}-${pad(month!)}`
        : precision === 'quarter' ? `${year}-Q${quarter}`
          : String(year)
  return { value, precision, inferred }
}

/** A date `days` days from the publication date (needs its day), as ISO parts. */
export function shiftDays(pub: Published, days: number): DateParts | null {
  if (pub.year === undefined || pub.month === undefined || pub.day === undefined) return null
  const d = new Date(Date.UTC(pub.year, pub.month - 1, pub.day + days))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), inferred: true }
}

/** The month `months` months from the publication month (needs its month). */
export function shiftMonths(pub: Published, months: number): DateParts | null {
  if (pub.year === undefined || pub.month === undefined) return null
  const index = pub.year * 12 + pub.month - 1 + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1, inferred: true }
}

// The sexagenary cycle: 1984 was Giáp Tý, the first of sixty years. Variant spellings fold to one.
const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý']
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi']
const VARIANTS: Record<string, string> = { kỉ: 'kỷ', mẹo: 'mão', tị: 'tỵ' }
const mod = (n: number, m: number): number => ((n % m) + m) % m

/** The year named "Đinh Dậu" (stem, branch) nearest to `near`: 2017 for an article of 2016 or 2017. */
export function cycleYear(stem: string, branch: string, near: number): number | undefined {
  const fold = (w: string): string => VARIANTS[w.toLowerCase()] ?? w.toLowerCase()
  const [s, b] = [STEMS.indexOf(fold(stem)), BRANCHES.indexOf(fold(branch))]
  for (let offset = -29; offset <= 30; offset++) {
    const year = near + offset
    if (mod(year - 1984, 10) === s && mod(year - 1984, 12) === b) return year
  }
  return undefined
}
