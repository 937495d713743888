// Which rules of locations.ts may find a place at a word: a prefix ("tỉnh", "khu bảo tồn"), a known name
// ("Hà Nội"; alone, capitalized), a short prefix and its full stop ("TP.", "Q.3"), a standalone name
// ("Thủ đô"). The lexicon's place-start index says which by the word's key (read once per word into its
// hits); a short prefix is checked here, on the word's text.
import { placePrefixes, placeStartIndex, SHORT } from '../../../lexicon/index.js'
import type { Word } from '../words.js'

// A word's hits (word-hits.ts) hold the rules that may start at it, capitalized and in lower case.
export const PLACE_STARTS_CAP_SHIFT = 8
export const PLACE_STARTS_LOWER_SHIFT = 12

/** The rules but SHORT that may find a place starting at a word of folded key `key`, capitalized or not. */
export function startRules(key: string, cap: boolean): number {
  const s = placeStartIndex()
  return (cap ? s.capitalized : s.lower).get(key) ?? 0
}

/** The rules (PREFIX, KNOWN, SHORT, STANDALONE) that may find a place starting at `w`; 0 when none may. */
export function placeStarts(w: Word): number {
  const s = placeStartIndex()
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
