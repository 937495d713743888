// Which administrative map an article's date refers to: the 63 provinces (with their districts and
// communes) until 30 June 2025, the 34 provinces and their communes from 1 July 2025.
export const PERIODS = ['pre-2025', '2025'] as const
export type Period = (typeof PERIODS)[number]

/**
 * The period in force at an ISO date, possibly partial ("2022", "2025-06", "2025-07-01T08:00").
 * A month counts by its first day, so "2025-07" is 2025. Undefined when the date is missing, not a date,
 * or only the year 2025, which straddles the reform.
 */
export function periodAt(date: string | null | undefined): Period | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '')
  if (!match) return undefined
  const [, year, month] = match
  if (year !== '2025') return year! < '2025' ? 'pre-2025' : '2025'
  if (month === undefined) return undefined
  return month < '07' ? 'pre-2025' : '2025'
}

export const otherPeriod = (period: Period): Period => (period === '2025' ? 'pre-2025' : '2025')
