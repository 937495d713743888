// Personal names: which words are surnames (họ) and which syllables are seen in given names, so a
// recognizer can judge whether a run of capitalized words after a surname is plausibly a name.
import { lexiconKey } from './lexicon-key.js'

/** surnames.json: [surname, how many of the source's 8,757 names open with it], most frequent first. */
export type SurnameRow = [name: string, count: number]
/** surnames-extra.json, the project's own additions. */
export interface SurnamesExtra {
  surnames: string[]
  trailing: string[]
  prefixes: string[]
}
/** given-names.json: [syllable, times seen as a middle name, times seen as the given name]. */
export type GivenNameRow = [syllable: string, middle: number, given: number]

export interface GivenNameCounts {
  readonly middle: number
  readonly given: number
}

export interface NameLexicon {
  /** A surname, of one syllable ("Nguyễn") or more ("Tôn Thất", "Rơ Mah", "Niê Kđăm"). */
  isSurname(word: string): boolean
  /** isSurname of a word by its folded key (a word's `key`): no folding again. */
  isSurnameKey(key: string): boolean
  /** How many of the source's 8,757 names open with the surname; 0 for the project's own additions. */
  surnameFrequency(word: string): number
  /** A family name written after the given name (Ê Đê, M'nông: "Y Thanh Hà Niê Kđăm"). */
  isTrailingSurname(word: string): boolean
  /** A prefix before an ethnic-minority given name, not a surname: "Y", "H'", "K'". */
  isNamePrefix(word: string): boolean
  /** The most syllables in a surname, for matching the longest surname first. */
  readonly maxSurnameSyllables: number
  isGivenName(syllable: string): boolean
  givenNameCounts(syllable: string): GivenNameCounts | undefined
}

export function compileNames(surnames: SurnameRow[], extra: SurnamesExtra, givenNames: GivenNameRow[]): NameLexicon {
  // Spellings that fold together (Huỳnh, Hùynh; Hoài, Hòai) add up under one key.
  const frequency = new Map<string, number>()
  const addSurname = (name: string, count: number) => {
    const key = lexiconKey(name)
    frequency.set(key, (frequency.get(key) ?? 0) + count)
  }
  for (const [name, count] of surnames) addSurname(name, count)
  for (const name of [...extra.surnames, ...extra.trailing]) addSurname(name, 0)
  const trailing = new Set(extra.trailing.map(lexiconKey))
  const prefixes = new Set(extra.prefixes.map(lexiconKey))

  const given = new Map<string, GivenNameCounts>()
  for (const [syllable, middle, asGiven] of givenNames) {
    const key = lexiconKey(syllable)
    const seen = given.get(key)
    given.set(key, { middle: middle + (seen?.middle ?? 0), given: asGiven + (seen?.given ?? 0) })
  }

  return {
    isSurname: (word) => frequency.has(lexiconKey(word)),
    isSurnameKey: (key) => frequency.has(key),
    surnameFrequency: (word) => frequency.get(lexiconKey(word)) ?? 0,
    isTrailingSurname: (word) => trailing.has(lexiconKey(word)),
    isNamePrefix: (word) => prefixes.has(lexiconKey(word)),
    maxSurnameSyllables: Math.max(...[...frequency.keys()].map((k) => k.split(' ').length)),
    isGivenName: (syllable) => given.has(lexiconKey(syllable)),
    givenNameCounts: (syllable) => given.get(lexiconKey(syllable)),
  }
}
