// The places known by name alone: provinces (and their other names), countries, and the regions,
// cities, districts, sites and waters of regions.json, in one trie of their words; names written with a
// dash are added with the dash spaced and glued. Compiled once per process, on first use.
import { foldKey } from '../text/fold.js'
import { lexicons } from './load.js'
import { PhraseTrie } from './phrase-trie.js'
import { placePrefixes } from './place-prefixes.js'
import type { RegionKind } from './regions.js'
import { once } from '../text/memo.js'

export type KnownKind = 'admin' | 'country' | Exclude<RegionKind, 'province'>

export interface KnownPlace {
  /** The canonical name (for `admin`, a name the administrative lexicon resolves). */
  name: string
  kind: KnownKind
  /** ISO 3166-1 alpha-2, for countries. */
  code?: string
  /** Alone, it is a place only with a cue around it: "Anh" (also a word), "Ba Đình" (a district). */
  needsCue: boolean
}

const compiled = once(compile)

export const knownPlaces = (): PhraseTrie<KnownPlace> => compiled().trie

/** The folded first word of every known name: a word not in it starts none. */
export const knownPlaceStarts = (): ReadonlySet<string> => compiled().starts

function compile(): { trie: PhraseTrie<KnownPlace>; starts: Set<string> } {
  const lex = lexicons()
  const needCue = placePrefixes().needCue
  const trie = new PhraseTrie<KnownPlace>()
  const starts = new Set<string>()
  const add = (name: string, place: KnownPlace) => {
    for (const phrase of [name.replace(/\s*[-–—]\s*/gu, ' '), name.replace(/\s*[-–—]\s*/gu, '-')]) {
      trie.add(phrase, place)
      starts.add(foldKey(phrase).split(' ')[0]!)
    }
  }
  // Provinces first: of two entries with one name, the first added wins.
  for (const name of lex.admin.provinceNames()) add(name, { name, kind: 'admin', needsCue: false })
  for (const name of lex.regions.names()) {
    const region = lex.regions.lookup(name)!
    if (region.kind === 'province') continue
    add(name, { name: region.name, kind: region.kind, needsCue: region.kind === 'district' })
  }
  for (const name of lex.countries.names()) {
    const country = lex.countries.lookup(name)!
    add(name, { name: country.name, kind: 'country', code: country.code, needsCue: needCue.has(foldKey(name)) })
  }
  return { trie, starts }
}

/** The countries by every name they go by, each with its canonical name. */
export const countryNameTrie = once((): PhraseTrie<string> => {
  const lex = lexicons()
  return new PhraseTrie(lex.countries.names().map((n) => [n, lex.countries.lookup(n)!.name]))
})
