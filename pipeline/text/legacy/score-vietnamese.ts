// How Vietnamese a text reads: the share of its words that are well-formed Vietnamese syllables. Read
// in the wrong legacy encoding, toned letters turn into symbols and foreign letters and the words stop
// being syllables; read rightly, nearly all are. Words that say nothing either way are left out:
// ASCII syllables (the same in every reading) and ASCII acronyms (UBND, COVID).
import { isSyllable } from '../syllable.js'

export interface Reading {
  /** The share of the counted words that are syllables, 0 to 1 (0 when no word counts). */
  score: number
  /** How many words the score rests on. */
  words: number
}

const WORD = /[\p{L}\p{M}]+/gu
const NON_ASCII = /[^\x00-\x7f]/

/** How Vietnamese a text reads. Linear in its length; each distinct word is checked once. */
export function scoreVietnamese(text: string): Reading {
  const seen = new Map<string, boolean>()
  let words = 0
  let syllables = 0
  for (const [word] of text.matchAll(WORD)) {
    let valid = seen.get(word)
    if (valid === undefined) seen.set(word, (valid = isSyllable(word)))
    if (!NON_ASCII.test(word) && (valid || (word.length > 1 && word === word.toUpperCase()))) continue
    words++
    if (valid) syllables++
  }
  return { score: words === 0 ? 0 : syllables / words, words }
}
