// The words that introduce a place ("tỉnh", "TP.", "vịnh", "khu bảo tồn") and the cues around place
// names, from place-prefixes.json; compiled once per process to tries and sets of folded keys.
import { foldKey } from '../text/fold.js'
import { PhraseTrie } from './phrase-trie.js'
import { readData } from './read-data.js'
import { once } from '../text/memo.js'

export type PlaceLevel = 'province' | 'district' | 'commune'

/** An entry of place-prefixes.json's `prefixes`. */
export interface PlacePrefix {
  prefix: string
  level: PlaceLevel | 'site'
  /** Sites keep their prefix in the canonical name ("vịnh Hạ Long"); units do not ("Lâm Đồng"). */
  keep: boolean
  /** Also a name or a word when capitalized (Hồ, Bản, Sông): taken in lower case only. */
  lower?: boolean
  /** Only says "the area of" (khu vực, di tích): a more specific prefix after it names the place. */
  generic?: boolean
  /** Only a known place may follow ("nước Lào", not "nước ASEAN"). */
  knownOnly?: boolean
}

/** A short prefix written with a full stop ("TP.", "Q."): the level and the type of unit it stands for. */
export interface PlaceAbbreviation {
  level: PlaceLevel
  type: string
}

interface PlacePrefixData {
  prefixes: PlacePrefix[]
  abbreviations: Record<string, PlaceAbbreviation>
  compounds: string[]
  needCue: string[]
  cueAlways: string[]
  notCountryBefore: string[]
  countryCues: string[]
  locativeCues: string[]
  personCues: string[]
  plurals: string[]
  notSiteNames: string[]
  standalone: Record<string, string>
}

export interface PlacePrefixes {
  prefixes: PhraseTrie<PlacePrefix>
  /** The folded first word of every prefix: a word not in it opens none. */
  prefixStarts: ReadonlySet<string>
  /** Short prefixes written with a full stop, by their exact spelling ("TP", "Q", "H"). */
  abbreviations: ReadonlyMap<string, PlaceAbbreviation>
  /** Folded two-word common words whose second syllable is a lower-case prefix ("nông thôn"). */
  compounds: ReadonlySet<string>
  /** Folded country names that need a cue, or to stand alone mid-sentence. */
  needCue: ReadonlySet<string>
  /** Folded country names that need a cue always. */
  cueAlways: ReadonlySet<string>
  /** Folded words before a country's name that make it a language's or a currency's ("tiếng Anh"). */
  notCountryBefore: ReadonlySet<string>
  countryCues: ReadonlySet<string>
  /** Folded words and two-word phrases. */
  locativeCues: ReadonlySet<string>
  /** Folded words and two-word phrases before a person's name ("chị", "đồng chí"). */
  personCues: ReadonlySet<string>
  plurals: ReadonlySet<string>
  notSiteNames: ReadonlySet<string>
  /** Capitalized words naming one province on their own, by their exact spelling. */
  standalone: PhraseTrie<{ text: string; province: string }>
  /** The first word of every standalone name: its folded key and its spelling. */
  standaloneStarts: ReadonlyArray<readonly [key: string, text: string]>
}

export const placePrefixes = once((): PlacePrefixes => {
  const data = readData<PlacePrefixData>('place-prefixes.json')
  const keys = (list: string[]) => new Set(list.map(foldKey))
  return {
    prefixes: new PhraseTrie(data.prefixes.map((p) => [p.prefix, p])),
    prefixStarts: new Set(data.prefixes.map((p) => foldKey(p.prefix).split(' ')[0]!)),
    abbreviations: new Map(Object.entries(data.abbreviations)),
    compounds: keys(data.compounds),
    needCue: keys(data.needCue),
    cueAlways: keys(data.cueAlways),
    notCountryBefore: keys(data.notCountryBefore),
    countryCues: keys(data.countryCues),
    locativeCues: keys(data.locativeCues),
    personCues: keys(data.personCues),
    plurals: keys(data.plurals),
    notSiteNames: keys(data.notSiteNames),
    standalone: new PhraseTrie(Object.entries(data.standalone).map(([text, province]) => [text, { text, province }])),
    standaloneStarts: Object.keys(data.standalone).map((text) => [foldKey(text).split(' ')[0]!, text.split(' ')[0]!] as const),
  }
})
