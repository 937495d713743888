// Runs of capitalized words that may be a name, as written in general news: joined by single spaces,
// by "&" ("Simmons & Co") or by a foreign name's particles ("Lula da Silva"), and trimmed of the
// Vietnamese words that a capital does not make a name: a sentence's first word ("Theo Guardian"), and
// the first word of a heading run into the text without a full stop ("… U20 Đức Tối nay …").
import { lexicons, nameCues, vocabulary, type PhraseTrie } from '../../../lexicon/index.js'
import { isSyllable } from '../../../text/syllable.js'
import type { ArticleWords } from '../article-words.js'
import { isForeignWord, isParticle, isParticleName, isParticleWord } from './name-shape.js'
import type { Word } from '../words.js'

/**
 * The longest entry of `trie` that starts at word `i` and ends before a single space, if one does.
 * With `capitalWithin`, only when a capitalized word comes within that many words: the cues before a
 * name are read only where a name may follow.
 */
export function cueAt(trie: PhraseTrie<string>, words: readonly Word[], i: number, capitalWithin = 0): { end: number; value: string } | undefined {
  if (!trie.opens(words[i]!.key)) return undefined
  if (capitalWithin > 0) {
    let k = i + 1
    while (k < words.length && k <= i + capitalWithin && !words[k]!.cap) k++
    if (k >= words.length || k > i + capitalWithin) return undefined
  }
  const match = trie.longestSpaced(words as Word[], i)
  return match && match.end < words.length && words[match.end - 1]!.gap === ' ' ? match : undefined
}

/** No word covered: for runs that may go over what other recognizers found. */
export const NONE: ArrayLike<number> = { length: 0 }

/**
 * Index past a run of capitalized words from `i` joined by single spaces, "&" or a foreign name's
 * particles, none of them `covered`; at most `max` words.
 */
export function capitalRun(words: readonly Word[], i: number, covered: ArrayLike<number>, max: number): number {
  let k = i
  while (k < words.length && k - i < max && !covered[k] && (words[k]!.cap || (k > i && (isParticle(words, k) || isParticleName(words[k]!.text))))) {
    k++
    if (k >= words.length || !/^( | & )$/u.test(words[k - 1]!.gap)) break
  }
  // A run never ends on a particle.
  while (k > i + 1 && !words[k - 1]!.cap && !isParticleName(words[k - 1]!.text)) k--
  return k
}

/**
 * Where a foreign name in [from, to) stops: at a Vietnamese word with its marks after a foreign one,
 * where a heading or a caption runs into the text ("Morata Vấn đề…", "Juventus Hữu Nam").
 */
export function foreignEnd(words: readonly Word[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (isForeignWord(words[k - 1]!.text) && /[^\x00-\x7f]/u.test(words[k]!.text) && isSyllable(words[k]!.text)) return k
  }
  return to
}

/** A Vietnamese word the article writes in lower case, or a function word: capitalized, still a word. */
export function isCommonWord(w: Word, article: ArticleWords): boolean {
  // "De Gea": a foreign name's particle, capitalized, opens the name.
  if (!(article.lower.has(w.key) || vocabulary().functionWords.has(w.key)) || isParticleWord(w.text)) return false
  return isSyllable(w.text)
}

/**
 * [from, to) less a common word at its start, after a sentence's start or a bracket ("Theo Guardian"),
 * and less function words at its end, where a heading runs into the next sentence ("U20 Đức Tối nay").
 */
export function trimRun(words: readonly Word[], from: number, to: number, article: ArticleWords): [number, number] {
  let start = from
  const opening = start === 0 || /[.!?:;…"“”'‘’(\[\n-]\s*$/u.test(words[start - 1]!.gap)
  if (start < to && opening && isCommonWord(words[start]!, article)) start++
  let end = to
  while (end > start + 1 && vocabulary().functionWords.has(words[end - 1]!.key) && !lexicons().isGivenName(words[end - 1]!.text)) end--
  return [start, end]
}

/** Whether a noun of a thing (a product, a work, a competition) ends right before word `k`. */
export function thingBefore(words: readonly Word[], k: number): boolean {
  const things = nameCues().productBefore
  for (let j = Math.max(0, k - 3); j < k; j++) if (cueAt(things, words, j)?.end === k) return true
  return false
}

