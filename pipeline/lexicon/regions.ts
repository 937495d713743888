// Named places that are not administrative units in the data: regions of Vietnam and of the world,
// seas and rivers, islands, cities below province level, districts of the centrally-run cities, national
// sites, foreign cities, former states, and other names of provinces.
import { indexNames } from './index-names.js'
import { lexiconKey } from './lexicon-key.js'

export type RegionKind =
  | 'province'
  | 'city'
  /** A district abolished in 2025 (not in the administrative sources); alone, it needs a locative cue. */
  | 'district'
  /** A named site: a monument, a relic, a landscape. */
  | 'site'
  | 'island'
  | 'region'
  | 'world-region'
  | 'world-city'
  | 'former-state'
  | 'continent'
  | 'water'

/** An entry of regions.json. */
export interface RegionEntry {
  name: string
  kind: RegionKind
  province?: string
  aliases?: string[]
}

export interface Region {
  readonly name: string
  readonly kind: RegionKind
  /** The province it lies in (for `province`: the province it names), as named before July 2025. */
  readonly province?: string
}

export interface RegionLexicon {
  lookup(name: string): Region | undefined
  /** Every name and alias, for building a matcher. */
  names(): string[]
}

/** world-cities.json (GeoNames): [name as written, ISO 3166-1 alpha-2 code of its country]. */
export type WorldCityRow = [name: string, country: string]

// UN M49 codes of continents; the other numbers are regions of the world.
const CONTINENTS = new Set(['002', '009', '019', '142', '150'])

/**
 * The project's regions (regions.json), then CLDR's world regions and continents and GeoNames' cities,
 * each only under a name that no region, country or province already has: the project's own entries
 * say how the press writes them, and win.
 */
export function withWorldPlaces(entries: readonly RegionEntry[], territories: ReadonlyArray<readonly string[]>, cities: readonly WorldCityRow[], taken: Iterable<string>): RegionEntry[] {
  const seen = new Set([...taken].map(lexiconKey))
  for (const e of entries) for (const n of [e.name, ...(e.aliases ?? [])]) seen.add(lexiconKey(n))
  const out = [...entries]
  const add = (name: string, kind: RegionKind): void => {
    const key = lexiconKey(name)
    if (seen.has(key)) return
    seen.add(key)
    out.push({ name, kind })
  }
  for (const [code, ...names] of territories) {
    if (/^\d{3}$/.test(code)) for (const name of names) add(name, CONTINENTS.has(code) ? 'continent' : 'world-region')
  }
  for (const [name] of cities) add(name, 'world-city')
  return out
}

export function compileRegions(entries: readonly RegionEntry[]): RegionLexicon {
  const index = indexNames<Region>(
    'regions.json',
    entries.map(({ name, kind, province, aliases = [] }) => [[name, ...aliases], { name, kind, ...(province !== undefined && { province }) }]),
  )
  const names = entries.flatMap(({ name, aliases = [] }) => [name, ...aliases])
  return { lookup: (name) => index.get(lexiconKey(name)), names: () => [...names] }
}
