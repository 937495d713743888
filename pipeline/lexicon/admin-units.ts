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

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** A period's tables as [level, rows], provinces first; a province row has no province code. */
function tablesOf(data: AdminData, period: Period): [AdminLevel, (ProvinceRow | UnitRow)[]][] {
  const tables = data[period]
  return [['province', tables.provinces], ['district', 'districts' in tables ? tables.districts : []], ['commune', tables.communes]]
}

/** One reference per unit of a period, shared by every unit of the other period that links to it. */
function refsByCode(data: AdminData, period: Period): Map<string, UnitRef> {
  const refs = new Map<string, UnitRef>()
  for (const [, rows] of tablesOf(data, period)) for (const row of rows) refs.set(row[0], { code: row[0], name: row[1] })
  return refs
}

export function buildUnits(data: AdminData): UnitsByCode {
  const units: UnitsByCode = { 'pre-2025': new Map<string, AdminUnit>(), '2025': new Map<string, AdminUnit>() }
  // Seven types: "Tỉnh", "Thành phố", … written once each.
  const typeNames = new Map<string, string>()
  for (const period of PERIODS) {
    const other = refsByCode(data, otherPeriod(period))
    const ref = (code: string): UnitRef => {
      const found = other.get(code)
      if (found === undefined) throw new Error(`trich: admin-units.json: ${period} unit links to unknown unit ${code}`)
      return found
    }
    const byCode = units[period]
    for (const [level, rows] of tablesOf(data, period)) {
      for (const row of rows) {
        const [code, name, type] = row
        const links = (level === 'province' ? row[3] : row[4]) as string[]
        let typeName = typeNames.get(type)
        if (typeName === undefined) typeNames.set(type, (typeName = type.charAt(0).toUpperCase() + type.slice(1)))
        const unit: Mutable<AdminUnit> = { code, level, type, name, fullName: `${typeName} ${name}`, period }
        if (level !== 'province' && row[3] !== undefined) unit.provinceCode = row[3] as string
        if (period === 'pre-2025') unit.successors = links.map(ref)
        else unit.predecessors = links.map(ref)
        byCode.set(code, unit)
      }
    }
  }
  return units
}
