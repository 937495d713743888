// The name tagger's features, read off the article's words (the same token index the rules read): each
// word's folded form and shape, its prefixes and suffixes, the words within two of it, what separates
// it from its neighbours, its lexicon hits (cues, surnames, given names, known places) and the rules'
// own candidates over it. A feature is a hashed bucket of the weight table: an integer mix of a template
// number and the values' hashes, so that no string is built per feature.
import { lexicons } from '../lexicon/index.js'
import { memoize } from '../text/memo.js'
import { isSyllable } from '../text/syllable.js'
import type { Candidate, EntityType } from '../stages/entities/candidate.js'
import type { Word } from '../stages/entities/words.js'

/** The weight table has 2^BUCKET_BITS rows, one per hashed feature. */
export const BUCKET_BITS = 19
const MASK = (1 << BUCKET_BITS) - 1

/** Features per word (the templates below). */
export const FEATURES_PER_WORD = 34

/** 32-bit FNV-1a of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Mixes a template number and up to three values into a bucket (murmur3's finalizer over a combination). */
function bucket(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  return (h ^ (h >>> 13)) & MASK
}

/** What a word is, by its text alone: read once per distinct word and kept (words repeat). */
interface WordInfo {
  key: number
  /** Letter case and digits: 0 lower, 1 capitalized, 2 all capitals, 3 has a digit, 4 no letter. */
  shape: number
  /** 1 a Vietnamese syllable, 2 a foreign-looking capitalized word, 4 a surname, 8 a given name's syllable. */
  kind: number
  prefix2: number
  prefix3: number
  suffix2: number
  suffix3: number
}

const DIGIT = /\d/
const LETTER = /\p{L}/u

const infoOf = memoize((text: string): Omit<WordInfo, 'shape' | 'kind'> & { letters: boolean; digit: boolean; syllable: boolean } => {
  const lower = text.toLowerCase()
  return {
    key: hashString(lower),
    prefix2: hashString(lower.slice(0, 2)),
    prefix3: hashString(lower.slice(0, 3)),
    suffix2: hashString(lower.slice(-2)),
    suffix3: hashString(lower.slice(-3)),
    letters: LETTER.test(text),
    digit: DIGIT.test(text),
    syllable: isSyllable(lower),
  }
}, 100_000)

function wordInfo(w: Word): WordInfo {
  const info = infoOf(w.text)
  const shape = info.digit ? 3 : !info.letters ? 4 : w.upper ? 2 : w.cap ? 1 : 0
  const names = lexicons()
  const kind = (info.syllable ? 1 : 0) | (w.foreign ? 2 : 0) | (names.isSurnameKey(w.key) ? 4 : 0) | (names.isGivenName(w.key) ? 8 : 0)
  return { key: info.key, shape, kind, prefix2: info.prefix2, prefix3: info.prefix3, suffix2: info.suffix2, suffix3: info.suffix3 }
}

/** What separates two words: 0 a space, 1 a line break, 2 a comma, 3 a full stop or other end of a
 * sentence, 4 an opening quote or bracket, 5 a closing one, 6 a dash or a slash, 7 anything else, 8 none
 * (the article's edge). */
function gapClass(gap: string | undefined): number {
  if (gap === undefined) return 8
  if (gap === ' ') return 0
  if (gap.includes('\n')) return 1
  const t = gap.trim()
  if (t === ',') return 2
  if (/^[.!?;:…]+$/u.test(t)) return 3
  if (/^[“"'‘(\[«]+$/u.test(t)) return 4
  if (/[”"'’)\]»]$/u.test(t)) return 5
  if (/^[-–—/&]+$/u.test(t)) return 6
  return 7
}

const TYPE_NUMBER: Record<EntityType, number> = { PERSON: 1, ORGANIZATION: 2, LOCATION: 3, DATE: 4, LEGAL_DOCUMENT: 5, EVENT: 6 }

/** The rules' candidates over each word: the outermost one's type and place (begin or inside) and its
 * rule, and the type of one nested in it. */
interface RuleLabels {
  outer: Int32Array
  rule: Uint32Array
  inner: Int32Array
}

function ruleLabels(words: readonly Word[], found: readonly Candidate[]): RuleLabels {
  const n = words.length
  const labels: RuleLabels = { outer: new Int32Array(n), rule: new Uint32Array(n), inner: new Int32Array(n) }
  const width = new Int32Array(n)
  if (found.length === 0 || n === 0) return labels
  const sorted = [...found].sort((a, b) => a.start - b.start)
  let i = 0
  for (const c of sorted) {
    while (i < n && words[i]!.end <= c.start) i++
    for (let k = i; k < n && words[k]!.start < c.end; k++) {
      const label = TYPE_NUMBER[c.type] * 2 + (words[k]!.start <= c.start ? 0 : 1)
      const span = c.end - c.start
      if (span > width[k]!) {
        if (labels.outer[k] !== 0) labels.inner[k] = labels.outer[k]!
        labels.outer[k] = label
        labels.rule[k] = hashString(c.rule)
        width[k] = span
      } else labels.inner[k] = label
    }
  }
  return labels
}

/**
 * The features of every word of an article, FEATURES_PER_WORD buckets per word in a row:
 * word i's are at [i * FEATURES_PER_WORD, (i + 1) * FEATURES_PER_WORD).
 */
export function articleFeatures(words: readonly Word[], sentenceStarts: readonly number[], found: readonly Candidate[]): Int32Array {
  const n = words.length
  const info = words.map(wordInfo)
  const labels = ruleLabels(words, found)
  const starts = new Set(sentenceStarts)
  const out = new Int32Array(n * FEATURES_PER_WORD)
  const NONE: WordInfo = { key: 1, shape: 9, kind: 0, prefix2: 0, prefix3: 0, suffix2: 0, suffix3: 0 }
  for (let i = 0; i < n; i++) {
    const w = info[i]!
    const p1 = info[i - 1] ?? NONE
    const p2 = info[i - 2] ?? NONE
    const n1 = info[i + 1] ?? NONE
    const n2 = info[i + 2] ?? NONE
    const gapBefore = gapClass(words[i - 1]?.gap)
    const gapAfter = i + 1 < n ? gapClass(words[i]!.gap) : 8
    const hits = words[i]!.hits
    const first = starts.has(words[i]!.start) ? 1 : 0
    const rule = labels.outer[i]!
    let o = i * FEATURES_PER_WORD
    out[o++] = bucket(0, 0)
    out[o++] = bucket(1, w.key)
    out[o++] = bucket(2, p1.key)
    out[o++] = bucket(3, n1.key)
    out[o++] = bucket(4, p2.key)
    out[o++] = bucket(5, n2.key)
    out[o++] = bucket(6, p1.key, w.key)
    out[o++] = bucket(7, w.key, n1.key)
    out[o++] = bucket(8, w.shape, w.kind)
    out[o++] = bucket(9, p1.shape, p1.kind)
    out[o++] = bucket(10, n1.shape, n1.kind)
    out[o++] = bucket(11, p1.shape, w.shape, n1.shape)
    out[o++] = bucket(12, w.prefix2)
    out[o++] = bucket(13, w.prefix3)
    out[o++] = bucket(14, w.suffix2)
    out[o++] = bucket(15, w.suffix3)
    out[o++] = bucket(16, gapBefore)
    out[o++] = bucket(17, gapAfter)
    out[o++] = bucket(18, gapBefore, w.shape)
    out[o++] = bucket(19, gapAfter, w.shape)
    out[o++] = bucket(20, hits)
    out[o++] = bucket(21, words[i - 1]?.hits ?? -1)
    out[o++] = bucket(22, words[i + 1]?.hits ?? -1)
    out[o++] = bucket(23, rule, labels.rule[i]!)
    out[o++] = bucket(24, rule)
    out[o++] = bucket(25, labels.outer[i - 1] ?? -1)
    out[o++] = bucket(26, labels.outer[i + 1] ?? -1)
    out[o++] = bucket(27, rule, w.shape)
    out[o++] = bucket(28, p1.key, w.shape)
    out[o++] = bucket(29, w.shape, n1.key)
    out[o++] = bucket(30, first, w.shape, gapBefore)
    out[o++] = bucket(31, labels.inner[i]!)
    out[o++] = bucket(32, p2.shape, p1.shape, w.shape)
    out[o++] = bucket(33, w.shape, n1.shape, n2.shape)
  }
  return out
}
