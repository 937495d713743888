// Which rules of locations.ts may find a place at a word. Each opens on a word of its own table: a
// prefix ("tỉnh", "khu bảo tồn"), a known name ("Hà Nội"; alone, capitalized), a short prefix and its
// full stop ("TP.", "Q.3"), a standalone name ("Thủ đô"). One Map probe on the word's key passes over the
// nine words in ten that open none; lower-case words, most of them, probe a small Map of what may open
// in lower case.
import { knownPlaceStarts, placePrefixes } from '../../../lexicon/index.js'
import type { Word } from '../words.js'

/** A prefix may start at the word. */
export const PREFIX = 1
/** A known name may (alone only if capitalized, else only where a prefix opens it: "sông Hồng"). */
export const KNOWN = 2
/** A short prefix and its full stop may. */
export const SHORT = 4
/** A standalone name may. */
export const STANDALONE = 8

// A word's hits (word-hits.ts) hold the rules that may start at it, capitalized and in lower case.
export const PLACE_STARTS_CAP_SHIFT = 8
export const PLACE_STARTS_LOWER_SHIFT = 12

interface Starts {
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

let cached: Starts | undefined

function starts(): Starts {
  if (cached) return cached
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
  return (cached = {
    capitalized,
    lower,
    shortFirst,
    shortLength: Math.max(0, ...shorts.map((short) => short.length)),
    // A word that opens with an ASCII capital is capitalized, whatever follows.
    shortLower: !shorts.every((short) => /^[A-Z]/u.test(short)),
  })
}

/** The rules but SHORT that may find a place starting at a word of folded key `key`, capitalized or not. */
export function startRules(key: string, cap: boolean): number {
  const s = starts()
  return (cap ? s.capitalized : s.lower).get(key) ?? 0
}

/** The rules (PREFIX, KNOWN, SHORT, STANDALONE) that may find a place starting at `w`; 0 when none may. */
export function placeStarts(w: Word): number {
  const s = starts()
  // The word's hits hold its other rules (word-hits.ts).
  const rules = (w.hits >> (w.cap ? PLACE_STARTS_CAP_SHIFT : PLACE_STARTS_LOWER_SHIFT)) & 15
  // A short prefix is followed by a full stop, in the word or right after it (the key keeps full stops).
  if ((w.cap || s.shortLower) && (w.gap === '. ' || w.key.includes('.')) && s.shortFirst[w.text.charCodeAt(0)] === 1 && shortPrefix(w, s.shortLength)) {
    return rules | SHORT
  }
  return rules
}

/**
 * "TP. Hà Nội": the short prefix, then ". "; "TP.Hà Nội", "Q.3": the short prefix before the word's
 * first full stop, which is then at most `length` letters in.
 */
function shortPrefix(w: Word, length: number): boolean {
  const short = placePrefixes().abbreviations
  if (w.gap === '. ' && short.has(w.text)) return true
  for (let k = 0; k <= length && k < w.text.length; k++) {
    if (w.text.charCodeAt(k) === 46) return k > 0 && short.has(w.text.slice(0, k))
  }
  return false
}
