// A date as ISO 8601 (YYYY-MM-DD, or YYYY-MM / YYYY when that is all there is) from a machine-readable
// value ("2022-01-13T08:30:00+07:00") or a Vietnamese day-first one ("13/01/2022 08:30"). The time and zone
// are dropped without shifting the day: the date is the one written.

const YEAR_FIRST = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)/
const DAY_FIRST = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/

export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const trimmed = value.trim()
  const yearFirst = YEAR_FIRST.exec(trimmed)
  if (yearFirst) return formatDate(yearFirst[1], yearFirst[2], yearFirst[3])
  const dayFirst = DAY_FIRST.exec(trimmed)
  return dayFirst ? formatDate(dayFirst[3], dayFirst[2], dayFirst[1]) : null
}

function formatDate(year: string, month: string | undefined, day: string | undefined): string | null {
  const y = Number(year)
  if (month === undefined) return year
  const m = Number(month)
  if (m < 1 || m > 12) return null
  const mm = month.padStart(2, '0')
  if (day === undefined) return `${year}-${mm}`
  const d = Number(day)
  // Date.UTC rolls 31 February over into March; a day that does not survive the round trip is invalid.
  if (d < 1 || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null
  return `${year}-${mm}-${day.padStart(2, '0')}`
}
