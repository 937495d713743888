// The places known by name alone (lexicon/known-places.ts), matched word by word in an article: names
// written with a dash ("Bà Rịa - Vũng Tàu", "Văn Miếu - Quốc Tử Giám") match however the dash is spaced.
import type { Word } from '../words.js'

// A single space, or a dash however spaced, between the words of one name.
const JOIN = /^(?: |\s?[-–—]\s?)$/u

/** A key accessor for knownPlaces().longest: the words from `from`, joined by a space or a dash. */
export const placeKeys = (words: readonly Word[], from: number) => (j: number): string | undefined =>
  j < words.length && (j === from || joins(words[j - 1]!.gap)) ? words[j]!.key : undefined

// JOIN matches three characters at most.
const joins = (gap: string): boolean => gap === ' ' || (gap.length <= 3 && JOIN.test(gap))
