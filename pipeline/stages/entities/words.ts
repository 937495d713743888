// The words of an article in reading order, read from the nlcst tree in one pass: each word with its
// offsets, its folded key, its shape (capitalized, an abbreviation, a foreign name's) and what separates
// it from the next word, so that a phrase continues only across a plain space; and where each sentence
// starts. Recognizers scan these instead of walking the tree again.
import type { Root } from 'nlcst'
import { foldKey } from '../../text/fold.js'
import { memoize } from '../../text/memo.js'
import { isForeignWord } from './people/name-shape.js'
import { wordHits } from './word-hits.js'

export interface Word {
  text: string
  start: number
  end: number
  key: string
  cap: boolean
  /** All capitals and at least two letters: an abbreviation (UBND, TPHCM, THADS). */
  upper: boolean
  /** Capitalized, in Latin letters, and no Vietnamese syllable: a foreign name's word ("Higuain"). */
  foreign: boolean
  /** The lexicons the word may open an entry of (word-hits.ts). */
  hits: number
  /** The text between this word and the next (" ", ", ", " - ", "\n"); "" for the last word. */
  gap: string
}

export interface ArticleWords {
  words: Word[]
  /** The offset where each sentence starts, in order. */
  sentenceStarts: number[]
}

export function readWords(tree: Root, text: string): ArticleWords {
  const words: Word[] = []
  const sentenceStarts: number[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      sentenceStarts.push(sentence.position!.start.offset!)
      for (const node of sentence.children) {
        if (node.type !== 'WordNode') continue
        const start = node.position!.start.offset!
        const end = node.position!.end.offset!
        const w = text.slice(start, end)
        const { key, cap, upper, foreign, hits } = shapeOf(w)
        words.push({ text: w, start, end, key, cap, upper, foreign, hits, gap: '' })
      }
    }
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const { end } = words[i]!
    const next = words[i + 1]!.start
    // Most words are followed by one space: no need to cut a string for it.
    words[i]!.gap = next === end + 1 && text.charCodeAt(end) === 0x20 ? ' ' : text.slice(end, next)
  }
  return { words, sentenceStarts }
}

type Shape = Pick<Word, 'key' | 'cap' | 'upper' | 'foreign' | 'hits'>

// What a word is depends on its text alone, and words repeat within and across articles: each text's
// shape is read once and kept (up to a bound), one lookup per word.
const shapeOf = memoize((w: string): Shape => {
  const first = w.charAt(0)
  const cap = first !== first.toLowerCase()
  const upper = cap && w.length >= 2 && w === w.toUpperCase() && countLetters(w) >= 2
  const key = foldKey(w)
  return { key, cap, upper, foreign: cap && !upper && isForeignWord(w), hits: wordHits(key) }
}, 100_000)

const LETTER = /\p{L}/u
function countLetters(w: string): number {
  let n = 0
  for (const c of w) if (LETTER.test(c)) n++
  return n
}

/** Words [from, to) with what separates them, as written. */
export function joinWords(words: readonly Word[], from: number, to: number): string {
  let out = from < to ? words[from]!.text : ''
  for (let k = from + 1; k < to; k++) out += words[k - 1]!.gap + words[k]!.text
  return out
}
