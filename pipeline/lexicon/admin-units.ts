// The administrative units of both periods from admin-units.json, each linked to the units it became
// (successors) or came from (predecessors) in the other period. The rows are indexed as they are; a
// unit is built from its row the first time a lookup gives it, and kept.
import { otherPeriod, PERIODS, type Period } from './admin-period.js'
import type { AdminLevel, AdminType, AdminUnit, UnitRef } from './admin.js'

/** [code, name, type, codes of linked units in the other period] */
export type ProvinceRow = [code: string, name: string, type: AdminType, links: string[]]
/** [code, name, type, province code, codes of linked units in the other period] */
export type UnitRow = [code: string, name: string, type: AdminType, provinceCode: string, links: string[]]
export type AdminRow = ProvinceRow | UnitRow

/**
 * admin-units.json. Links are successors for pre-2025 units (old → new, from the merger mapping's
 * splits) and predecessors for 2025 units (new → old, from its merges); codes are the GSO codes.
 * Only five island districts are in the pre-2025 data: the other districts are not in the sources.
 */
export interface AdminData {
  'pre-2025': { provinces: ProvinceRow[]; districts: UnitRow[]; communes: UnitRow[] }
  '2025': { provinces: ProvinceRow[]; communes: UnitRow[] }
}

export const LEVELS: readonly AdminLevel[] = ['province', 'district', 'commune']

export interface AdminUnits {
  /** Each period's rows by level, then by code, in the data's order (no two units of a period share a code: data.test.ts). */
  readonly rows: Record<Period, Record<AdminLevel, ReadonlyMap<string, AdminRow>>>
  /** The unit a row of `period` and `level` describes; the same object every time. */
  unit(period: Period, level: AdminLevel, row: AdminRow): AdminUnit
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Indexes the rows by code and checks that every link names a unit of the other period. */
export function indexUnits(data: AdminData): AdminUnits {
  const rows = {} as Record<Period, Record<AdminLevel, Map<string, AdminRow>>>
  for (const period of PERIODS) {
    const tables = data[period]
    const byCode = (list: AdminRow[]) => new Map(list.map((row): [string, AdminRow] => [row[0], row]))
    rows[period] = { province: byCode(tables.provinces), district: byCode('districts' in tables ? tables.districts : []), commune: byCode(tables.communes) }
  }
  const rowOf = (period: Period, code: string): AdminRow | undefined => {
    const levels = rows[period]
    return levels.province.get(code) ?? levels.district.get(code) ?? levels.commune.get(code)
  }
  for (const period of PERIODS) {
    const other = otherPeriod(period)
    for (const level of LEVELS) {
      for (const row of rows[period][level].values()) {
        for (const code of linksOf(level, row)) {
          if (rowOf(other, code) === undefined) throw new Error(`trich: admin-units.json: ${period} unit links to unknown unit ${code}`)
        }
      }
    }
  }

  // One reference per unit, shared by every unit of the other period that links to it.
  const refs = { 'pre-2025': new Map<string, UnitRef>(), '2025': new Map<string, UnitRef>() }
  const refOf = (period: Period, code: string): UnitRef => {
    let ref = refs[period].get(code)
    if (ref === undefined) refs[period].set(code, (ref = { code, name: rowOf(period, code)![1] }))
    return ref
  }
  const built = { 'pre-2025': new Map<string, AdminUnit>(), '2025': new Map<string, AdminUnit>() }
  return {
    rows,
    unit(period, level, row) {
      const [code, name, type] = row
      let unit = built[period].get(code)
      if (unit !== undefined) return unit
      const made: Mutable<AdminUnit> = { code, level, type, name, fullName: `${type.charAt(0).toUpperCase()}${type.slice(1)} ${name}`, period }
      if (level !== 'province' && row[3] !== undefined) made.provinceCode = row[3] as string
      const other = otherPeriod(period)
      const links = linksOf(level, row).map((linked) => refOf(other, linked))
      if (period === 'pre-2025') made.successors = links
      else made.predecessors = links
      built[period].set(code, (unit = made))
      return unit
    },
  }
}

const linksOf = (level: AdminLevel, row: AdminRow): string[] => (level === 'province' ? row[3] : row[4]) as string[]
