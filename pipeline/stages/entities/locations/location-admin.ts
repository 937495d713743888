// Administrative units for the places found: the unit in force at the article's date, with its code and
// its successors (or predecessors). A commune's name is often shared by several provinces ("phường 7",
// "Thành Công"): the province named right after it, or else the provinces the article names, decide;
// a name they leave ambiguous gets no unit rather than a wrong one.
import { lexicons, type AdminLevel, type AdminUnit as LexiconUnit } from '../../../lexicon/index.js'
import type { AdminUnit } from '../../../schema-types.js'
import type { Candidate } from '../candidate.js'

/** The units `name` can mean at `date`, of `level`; of the prefix's type ("phường", "thành phố") when some are. */
export function unitsNamed(name: string, level: AdminLevel, type: string | undefined, date: string | null): LexiconUnit[] {
  const admin = lexicons().admin
  if (type !== undefined) {
    const typed = admin.lookup(`${type} ${name}`, { date, level })
    if (typed.length > 0) return typed
  }
  return admin.lookup(name, { date, level })
}

/** Records `unit` on the candidate, as the record's `admin`. */
export function assignUnit(candidate: Candidate, unit: LexiconUnit): void {
  const admin: AdminUnit = { code: unit.code, level: unit.level, name: unit.name, period: unit.period }
  if (unit.provinceCode) admin.province_code = unit.provinceCode
  if (unit.successors?.length) admin.successors = unit.successors.map(({ code, name }) => ({ code, name }))
  if (unit.predecessors?.length) admin.predecessors = unit.predecessors.map(({ code, name }) => ({ code, name }))
  candidate.admin = admin
  candidate.lexicon = `admin-units:${unit.period}/${unit.code}`
}

/** A district or commune whose unit waits for the article's provinces. */
export interface PendingUnit {
  candidate: Candidate
  units: LexiconUnit[]
}

// A province "right after" a commune: "phường Thành Công, Q.Ba Đình, Hà Nội".
const NEAR = 80

/**
 * Gives each pending candidate its unit: the only one of the period in force, or the only one in the
 * province named right after it on the same line, or the only one in the provinces the article names.
 * One sweep over candidates in text order.
 */
export function settleUnits(pending: readonly PendingUnit[], provinces: readonly Candidate[], text: string): void {
  if (pending.length === 0) return
  const codes = new Map<Candidate, Set<string>>()
  const codesOf = (c: Candidate): Set<string> => {
    let set = codes.get(c)
    if (set === undefined) {
      const a = c.admin!
      codes.set(c, (set = new Set([a.code, ...(a.successors ?? []).map((u) => u.code), ...(a.predecessors ?? []).map((u) => u.code)])))
    }
    return set
  }
  const placed = provinces.filter((c) => c.admin?.level === 'province').sort((a, b) => a.start - b.start)
  let inArticle: Set<string> | undefined
  const only = (units: LexiconUnit[]): LexiconUnit | undefined => (units.length === 1 ? units[0] : undefined)
  let next = 0
  for (const { candidate, units } of [...pending].sort((a, b) => a.candidate.start - b.candidate.start)) {
    if (units.length === 0) continue
    const pool = units.filter((u) => u.period === units[0]!.period)
    while (next < placed.length && placed[next]!.start < candidate.end) next++
    const after = placed[next]
    const near = after && after.start - candidate.end <= NEAR && !text.slice(candidate.end, after.start).includes('\n') ? codesOf(after) : undefined
    const unit =
      only(pool) ??
      (near && only(pool.filter((u) => near.has(u.provinceCode ?? '')))) ??
      only(pool.filter((u) => (inArticle ??= new Set(placed.flatMap((c) => [...codesOf(c)]))).has(u.provinceCode ?? '')))
    if (unit) assignUnit(candidate, unit)
  }
}
