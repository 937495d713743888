// The word view recognizers scan: each word with its folded key, whether it is capitalized, and what
// separates it from the next word, so that a phrase continues only across a plain space.
import { foldKey } from '../../text/fold.js'
import type { Token } from './tokens.js'

export interface Word {
  text: string
  start: number
  end: number
  key: string
  cap: boolean
  /** All capitals and at least two letters: an abbreviation (UBND, TPHCM, THADS). */
  upper: boolean
  /** The text between this word and the next (" ", ", ", " - ", "\n"); "" for the last word. */
  gap: string
}

export function toWords(tokens: Token[], text: string): Word[] {
  const words: Word[] = []
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    const w = t.text
    const lower = w.toLowerCase()
    const cap = w.charAt(0) !== lower.charAt(0)
    words.push({ text: w, start: t.start, end: t.end, key: foldKey(w), cap, upper: cap && w.length >= 2 && w === w.toUpperCase() && countLetters(w) >= 2, gap: '' })
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const { end } = words[i]!
    const next = words[i + 1]!.start
    // Most words are followed by one space: no need to cut a string for it.
    words[i]!.gap = next === end + 1 && text.charCodeAt(end) === 0x20 ? ' ' : text.slice(end, next)
  }
  return words
}

const LETTER = /\p{L}/u
function countLetters(w: string): number {
  let n = 0
  for (const c of w) if (LETTER.test(c)) n++
  return n
}

/** A key accessor for PhraseTrie.longest that stops at anything but a single space. */
export const spacedKeys = (words: Word[], from: number) => (j: number): string | undefined =>
  j < words.length && (j === from || words[j - 1]!.gap === ' ') ? words[j]!.key : undefined

/** Words [from, to) with what separates them, as written. */
export const joinWords = (words: Word[], from: number, to: number): string =>
  words.slice(from, to).map((w, n, all) => w.text + (n < all.length - 1 ? w.gap : '')).join('')
