// Which rules of the location recognizer may find a place at a word, by the word's folded key: each opens
// on a word of its own table (a prefix, a known name, a short prefix and its full stop, a standalone
// name). Built once from the place prefixes and the known places, so that one Map probe per word passes
// over the nine words in ten that open none.
import { once } from '../text/memo.js'
import { knownPlaceStarts } from './known-places.js'
import { placePrefixes } from './place-prefixes.js'

/** A prefix may start at the word. */
export const PREFIX = 1
/** A known name may (alone only if capitalized, else only where a prefix opens it: "sông Hồng"). */
export const KNOWN = 2
/** A short prefix and its full stop may. */
export const SHORT = 4
/** A standalone name may. */
export const STANDALONE = 8

export interface PlaceStartIndex {
  /** What a capitalized word may start, by its key; SHORT is checked apart. */
  capitalized: Map<string, number>
  /** What a lower-case word may start, by its key. */
  lower: Map<string, number>
  /** 1 at the first letter of a short prefix. */
  shortFirst: Uint8Array
  /** The longest short prefix. */
  shortLength: number
  /** Whether a short prefix may open a lower-case word. */
  shortLower: boolean
}

// As words.ts decides that a word is capitalized.
const isCapitalized = (text: string): boolean => text.charAt(0) !== text.toLowerCase().charAt(0)

/** Which rules may start at a word, by its key: built once from the prefixes and the known places. */
export const placeStartIndex = once((): PlaceStartIndex => {
  const p = placePrefixes()
  const capitalized = new Map<string, number>()
  const lower = new Map<string, number>()
  const mark = (index: Map<string, number>, key: string, rule: number) => index.set(key, (index.get(key) ?? 0) | rule)
  const known = knownPlaceStarts()
  for (const key of p.prefixStarts) {
    mark(capitalized, key, PREFIX)
    // A known name in lower case counts only after its prefix, which opens it.
    mark(lower, key, known.has(key) ? PREFIX | KNOWN : PREFIX)
  }
  for (const key of known) mark(capitalized, key, KNOWN)
  // A standalone name's first word must be written as in the table.
  for (const [key, text] of p.standaloneStarts) {
    mark(capitalized, key, STANDALONE)
    if (!isCapitalized(text)) mark(lower, key, STANDALONE)
  }
  const shorts = [...p.abbreviations.keys()]
  const shortFirst = new Uint8Array(0x10000)
  for (const short of shorts) shortFirst[short.charCodeAt(0)] = 1
  return {
    capitalized,
    lower,
    shortFirst,
    shortLength: Math.max(0, ...shorts.map((short) => short.length)),
    // A word that opens with an ASCII capital is capitalized, whatever follows.
    shortLower: !shorts.every((short) => /^[A-Z]/u.test(short)),
  }
})
