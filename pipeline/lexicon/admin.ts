// Vietnam's administrative units before and after the July 2025 reform, looked up by name as articles
// write them ("tỉnh Lâm Đồng", "TP.HCM", "xã Ba Chẽ"), in the period in force at the article's date.
import { otherPeriod, periodAt, PERIODS, type Period } from './admin-period.js'
import { splitAdminPrefix } from './admin-prefix.js'
import { indexUnits, LEVELS, type AdminData, type AdminRow } from './admin-units.js'
import { ownCopy } from '../text/own-copy.js'
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

/** Lookups kept, by period and level, up to a bound so memory does not grow with the drop. */
const MAX_KEPT = 50_000
const LEVEL_SLOTS: readonly (AdminLevel | undefined)[] = [undefined, ...LEVELS]
const PERIOD_SLOTS: readonly (Period | undefined)[] = [undefined, ...PERIODS]

type RowIndex = Map<string, AdminRow[]>

export function compileAdmin(data: AdminData, aliases: readonly ProvinceAlias[]): AdminLexicon {
  const units = indexUnits(data)
  // Rows by the key of their name, per period and level; other names of provinces apart.
  const byName = {} as Record<Period, Record<AdminLevel, RowIndex>>
  const byAlias = { 'pre-2025': new Map(), '2025': new Map() } as Record<Period, RowIndex>
  const add = (index: RowIndex, key: string, row: AdminRow) => {
    const list = index.get(key)
    if (list) list.push(row)
    else index.set(key, [row])
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
    byName[period] = { province: new Map(), district: new Map(), commune: new Map() }
    for (const level of LEVELS) {
      for (const row of units.rows[period][level].values()) {
        add(byName[period][level], keyOf(row[1]), row)
        if (level === 'province') provinceNames.set(keyOf(row[1]), row[1])
      }
    }
  }
  for (const [names, province] of aliases) {
    let found = false
    for (const period of PERIODS) {
      const row = byName[period].province.get(lexiconKey(province))?.[0]
      if (!row) continue
      found = true
      for (const name of names) add(byAlias[period], lexiconKey(name), row)
    }
    if (!found) throw new Error(`trich: regions.json: no province named "${province}"`)
    for (const name of names) provinceNames.set(lexiconKey(name), name)
  }

  /** The units of `period` and `level` (all levels if undefined) the key names, by level, then by code. */
  const find = (period: Period, key: string, level: AdminLevel | undefined): AdminUnit[] => {
    const prefix = splitAdminPrefix(key)
    const provinceLevel = prefix !== undefined && (prefix.types.includes('tỉnh') || prefix.types.includes('thành phố'))
    const found: AdminUnit[] = []
    for (const at of LEVELS) {
      if (level !== undefined && at !== level) continue
      const named = byName[period][at].get(key)
      const aliased = at === 'province' ? byAlias[period].get(key) : undefined
      const typed = prefix ? byName[period][at].get(prefix.rest)?.filter((row) => prefix.types.includes(row[2])) : undefined
      const typedAlias = at === 'province' && provinceLevel ? byAlias[period].get(prefix.rest) : undefined
      if (!named && !aliased && !typed?.length && !typedAlias) continue
      // By code: a unit found twice counts once.
      const rows = new Map<string, AdminRow>()
      for (const list of [named, aliased, typed, typedAlias]) if (list) for (const row of list) rows.set(row[0], row)
      for (const code of [...rows.keys()].sort()) found.push(units.unit(period, at, rows.get(code)!))
    }
    return found
  }
  const resolve = (name: string, period: Period | undefined, level: AdminLevel | undefined): AdminUnit[] => {
    const key = lexiconKey(name)
    // Array sort is stable: within a level, pre-2025 units stay before 2025 ones.
    if (period === undefined) return [...find('pre-2025', key, level), ...find('2025', key, level)].sort(byLevel)
    const found = find(period, key, level)
    return found.length > 0 ? found : find(otherPeriod(period), key, level)
  }

  // Articles name the same places again and again: each name's units are found once per period and level.
  const kept = PERIOD_SLOTS.flatMap(() => LEVEL_SLOTS.map(() => new Map<string, readonly AdminUnit[]>()))
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
      const memo = kept[PERIOD_SLOTS.indexOf(period) * LEVEL_SLOTS.length + LEVEL_SLOTS.indexOf(opts.level)]!
      let found = memo.get(name)
      if (found === undefined) {
        if (keptCount >= MAX_KEPT) {
          for (const m of kept) m.clear()
          keptCount = 0
        }
        memo.set(ownCopy(name), (found = resolve(name, period, opts.level)))
        keptCount++
      }
      // The caller owns the array it gets.
      return found.slice()
    },
    provinceNames: () => [...provinceNames.values()],
    byCode(code, period) {
      for (const level of LEVELS) {
        const row = units.rows[period][level].get(code)
        if (row) return units.unit(period, level, row)
      }
      return undefined
    },
  }
}
