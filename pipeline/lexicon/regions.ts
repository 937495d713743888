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

export function compileRegions(entries: readonly RegionEntry[]): RegionLexicon {
  const index = indexNames<Region>(
    'regions.json',
    entries.map(({ name, kind, province, aliases = [] }) => [[name, ...aliases], { name, kind, ...(province !== undefined && { province }) }]),
  )
  const names = entries.flatMap(({ name, aliases = [] }) => [name, ...aliases])
  return { lookup: (name) => index.get(lexiconKey(name)), names: () => [...names] }
}
