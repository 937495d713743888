// Vietnam's administrative units before and after the July 2025 reform, looked up by name as articles
// write them ("tỉnh Lâm Đồng", "TP.HCM", "xã Ba Chẽ"), in the period in force at the article's date.
import { otherPeriod, periodAt, PERIODS, type Period } from './admin-period.js'
import { splitAdminPrefix } from './admin-prefix.js'
import { buildUnits, type AdminData } from './admin-units.js'
import { lexiconKey } from './lexicon-key.js'

export type { Period } from './admin-period.js'
export type { AdminData } from './admin-units.js'
export type AdminLevel = 'province' | 'district' | 'commune'
export type AdminType = 'tỉnh' | 'thành phố' | 'huyện' | 'phường' | 'xã' | 'thị trấn' | 'đặc khu'

export interface UnitRef {
  readonly code: string
  readonly name: string
}

export interface AdminUnit {
  readonly code: string
  readonly level: AdminLevel
  readonly type: AdminType
  /** Without the type: "Lâm Đồng". */
  readonly name: string
  /** With the type: "Tỉnh Lâm Đồng". */
  readonly fullName: string
  readonly period: Period
  /** For districts and communes. */
  readonly provinceCode?: string
  /** For pre-2025 units: the 2025 units they became, wholly or in part. */
  readonly successors?: UnitRef[]
  /** For 2025 units: the pre-2025 units they were made of. */
  readonly predecessors?: UnitRef[]
}

export interface AdminLookupOptions {
  /** The article's date (ISO, possibly partial); see lookup. */
  date?: string | null
  level?: AdminLevel
}

export interface AdminLexicon {
  /**
   * The units a name can mean, provinces first, then districts, then communes, each by code. With a
   * date, the units of the period in force then; if none has the name, those of the other period (a
   * late article recalling "tỉnh Bình Thuận"), whose `period` says so. Without a usable date, both
   * periods, pre-2025 first within each level. A type prefix ("xã", "TP") keeps units of that type.
   */
  lookup(name: string, opts?: AdminLookupOptions): AdminUnit[]
  /** The provinces' names in both periods and their other names (TP HCM, Sài Gòn), each once. */
  provinceNames(): string[]
  byCode(code: string, period: Period): AdminUnit | undefined
}

/** Another name of a province: [the names, the province's name as the data has it]. */
export type ProvinceAlias = [names: readonly string[], province: string]

const LEVEL_ORDER: Record<AdminLevel, number> = { province: 0, district: 1, commune: 2 }
const byLevel = (a: AdminUnit, b: AdminUnit) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
const byLevelThenCode = (a: AdminUnit, b: AdminUnit) => byLevel(a, b) || (a.code < b.code ? -1 : 1)

/** Lookups kept, by period and level, up to a bound so memory does not grow with the drop. */
const MAX_KEPT = 50_000
const LEVELS: readonly (AdminLevel | undefined)[] = [undefined, 'province', 'district', 'commune']
const PERIOD_SLOTS: readonly (Period | undefined)[] = [undefined, ...PERIODS]

export function compileAdmin(data: AdminData, aliases: readonly ProvinceAlias[]): AdminLexicon {
  const units = buildUnits(data)
  const byName = { 'pre-2025': new Map<string, AdminUnit[]>(), '2025': new Map<string, AdminUnit[]>() }
  const byAlias = { 'pre-2025': new Map<string, AdminUnit[]>(), '2025': new Map<string, AdminUnit[]>() }
  const add = (index: Map<string, AdminUnit[]>, key: string, unit: AdminUnit) => {
    const list = index.get(key)
    if (list) list.push(unit)
    else index.set(key, [unit])
  }
  // Most names recur in the other period: each is keyed once.
  const keys = new Map<string, string>()
  const keyOf = (name: string): string => {
    let key = keys.get(name)
    if (key === undefined) keys.set(name, (key = lexiconKey(name)))
    return key
  }
  const provinceNames = new Map<string, string>()
  for (const period of PERIODS) {
    for (const unit of units[period].values()) {
      add(byName[period], keyOf(unit.name), unit)
      if (unit.level === 'province') provinceNames.set(keyOf(unit.name), unit.name)
    }
  }
  for (const [names, province] of aliases) {
    let found = false
    for (const period of PERIODS) {
      const unit = byName[period].get(lexiconKey(province))?.find((u) => u.level === 'province')
      if (!unit) continue
      found = true
      for (const name of names) add(byAlias[period], lexiconKey(name), unit)
    }
    if (!found) throw new Error(`trich: regions.json: no province named "${province}"`)
    for (const name of names) provinceNames.set(lexiconKey(name), name)
  }

  const find = (period: Period, key: string, level: AdminLevel | undefined): AdminUnit[] => {
    const named = byName[period].get(key)
    const aliased = byAlias[period].get(key)
    const prefix = splitAdminPrefix(key)
    // Most names are no unit's: nothing to merge.
    if (named === undefined && aliased === undefined && prefix === undefined) return []
    const found = new Set([...(named ?? []), ...(aliased ?? [])])
    if (prefix) {
      for (const unit of byName[period].get(prefix.rest) ?? []) if (prefix.types.includes(unit.type)) found.add(unit)
      const provinceLevel = prefix.types.includes('tỉnh') || prefix.types.includes('thành phố')
      if (provinceLevel) for (const unit of byAlias[period].get(prefix.rest) ?? []) found.add(unit)
    }
    return [...found].filter((u) => level === undefined || u.level === level).sort(byLevelThenCode)
  }
  const resolve = (name: string, period: Period | undefined, level: AdminLevel | undefined): AdminUnit[] => {
    const key = lexiconKey(name)
    // Array sort is stable: within a level, pre-2025 units stay before 2025 ones.
    if (period === undefined) return [...find('pre-2025', key, level), ...find('2025', key, level)].sort(byLevel)
    const found = find(period, key, level)
    return found.length > 0 ? found : find(otherPeriod(period), key, level)
  }

  // Articles name the same places again and again: each name's units are found once per period and level.
  const kept = PERIOD_SLOTS.flatMap(() => LEVELS.map(() => new Map<string, readonly AdminUnit[]>()))
  let keptCount = 0
  let lastDate: string | null | undefined
  let lastPeriod: Period | undefined
  return {
    lookup(name, opts = {}) {
      if (opts.date !== lastDate) {
        lastPeriod = periodAt(opts.date)
        lastDate = opts.date
      }
      const period = lastPeriod
      const memo = kept[PERIOD_SLOTS.indexOf(period) * LEVELS.length + LEVELS.indexOf(opts.level)]!
      let found = memo.get(name)
      if (found === undefined) {
        if (keptCount >= MAX_KEPT) {
          for (const m of kept) m.clear()
          keptCount = 0
        }
        memo.set(name, (found = resolve(name, period, opts.level)))
        keptCount++
      }
      // The caller owns the array it gets.
      return found.slice()
    },
    provinceNames: () => [...provinceNames.values()],
    byCode: (code, period) => units[period].get(code),
  }
}
