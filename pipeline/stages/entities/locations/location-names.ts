// The places known by name alone: provinces (and their other names), countries, and the regions,
// cities, districts, sites and waters of regions.json, in one trie matched word by word. Names written
// with a dash ("Bà Rịa - Vũng Tàu", "Văn Miếu - Quốc Tử Giám") match however the dash is spaced.
import { lexicons, PhraseTrie, placePrefixes, type RegionKind } from '../../../lexicon/index.js'
import { foldKey } from '../../../text/fold.js'
import type { Word } from '../words.js'

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

let cached: { trie: PhraseTrie<KnownPlace>; starts: Set<string> } | undefined

export function knownPlaces(): PhraseTrie<KnownPlace> {
  return (cached ??= compile()).trie
}

/** The folded first word of every known name: a word not in it starts none. */
export function knownPlaceStarts(): ReadonlySet<string> {
  return (cached ??= compile()).starts
}

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

// A single space, or a dash however spaced, between the words of one name.
const JOIN = /^(?: |\s?[-–—]\s?)$/u

/** A key accessor for knownPlaces().longest: the words from `from`, joined by a space or a dash. */
export const placeKeys = (words: readonly Word[], from: number) => (j: number): string | undefined =>
  j < words.length && (j === from || joins(words[j - 1]!.gap)) ? words[j]!.key : undefined

// JOIN matches three characters at most.
const joins = (gap: string): boolean => gap === ' ' || (gap.length <= 3 && JOIN.test(gap))
