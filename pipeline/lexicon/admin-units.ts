// Builds the administrative units of both periods from admin-units.json, linking each unit to the units
// it became (successors) or came from (predecessors) in the other period.
import { otherPeriod, PERIODS, type Period } from './admin-period.js'
import type { AdminLevel, AdminType, AdminUnit, UnitRef } from './admin.js'

/** [code, name, type, codes of linked units in the other period] */
export type ProvinceRow = [code: string, name: string, type: AdminType, links: string[]]
/** [code, name, type, province code, codes of linked units in the other period] */
export type UnitRow = [code: string, name: string, type: AdminType, provinceCode: string, links: string[]]

/**
 * admin-units.json. Links are successors for pre-2025 units (old → new, from the merger mapping's
 * splits) and predecessors for 2025 units (new → old, from its merges); codes are the GSO codes.
 * Only five island districts are in the pre-2025 data: the other districts are not in the sources.
 */
export interface AdminData {
  'pre-2025': { provinces: ProvinceRow[]; districts: UnitRow[]; communes: UnitRow[] }
  '2025': { provinces: ProvinceRow[]; communes: UnitRow[] }
}

/** Every unit of each period by code (province, district and commune codes do not overlap). */
export type UnitsByCode = Record<Period, Map<string, AdminUnit>>

interface Row {
  level: AdminLevel
  code: string
  name: string
  type: AdminType
  provinceCode?: string
  links: string[]
}

function rowsOf(data: AdminData, period: Period): Row[] {
  const tables = data[period]
  const unit = (level: AdminLevel) => ([code, name, type, provinceCode, links]: UnitRow): Row => ({ level, code, name, type, provinceCode, links })
  return [
    ...tables.provinces.map(([code, name, type, links]): Row => ({ level: 'province', code, name, type, links })),
    ...('districts' in tables ? tables.districts : []).map(unit('district')),
    ...tables.communes.map(unit('commune')),
  ]
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export function buildUnits(data: AdminData): UnitsByCode {
  const rows = { 'pre-2025': rowsOf(data, 'pre-2025'), '2025': rowsOf(data, '2025') }
  const units: UnitsByCode = { 'pre-2025': new Map<string, AdminUnit>(), '2025': new Map<string, AdminUnit>() }
  for (const period of PERIODS) {
    const other = new Map(rows[otherPeriod(period)].map((r) => [r.code, r.name]))
    const refs = (codes: string[]): UnitRef[] =>
      codes.map((code) => {
        const name = other.get(code)
        if (name === undefined) throw new Error(`trich: admin-units.json: ${period} unit links to unknown unit ${code}`)
        return { code, name }
      })
    for (const { level, code, name, type, provinceCode, links } of rows[period]) {
      const unit: Mutable<AdminUnit> = { code, level, type, name, fullName: `${capitalize(type)} ${name}`, period }
      if (provinceCode !== undefined) unit.provinceCode = provinceCode
      if (period === 'pre-2025') unit.successors = refs(links)
      else unit.predecessors = refs(links)
      units[period].set(code, unit)
    }
  }
  return units
}
