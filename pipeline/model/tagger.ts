// The name tagger: a linear-chain model over an article's words with BIO tags for PERSON, ORGANIZATION
// and LOCATION, decoded by Viterbi (an I- tag only continues its own type). Its weights are the averaged
// structured perceptron's (train.ts): one row of TAGS weights per hashed feature bucket, and a
// transition weight from each tag (or the start) to each tag.
import { BUCKET_BITS, FEATURES_PER_WORD } from './features.js'

export const TAG_NAMES = ['O', 'B-PERSON', 'I-PERSON', 'B-ORGANIZATION', 'I-ORGANIZATION', 'B-LOCATION', 'I-LOCATION'] as const
export const TAGS = TAG_NAMES.length
export const BUCKETS = 1 << BUCKET_BITS
/** Transition rows: one per tag, and the start of the article. */
export const START = TAGS

/** The type a tag names, or undefined for O. */
export const tagType = (tag: number): 'PERSON' | 'ORGANIZATION' | 'LOCATION' | undefined =>
  tag === 0 ? undefined : (['PERSON', 'ORGANIZATION', 'LOCATION'] as const)[(tag - 1) >> 1]
/** Whether a tag is an I- tag. */
export const isInside = (tag: number): boolean => tag !== 0 && (tag & 1) === 0
/** Whether `to` may follow `from` (an I- tag only after a tag of its type). */
export const allowed = (from: number, to: number): boolean => !isInside(to) || (from !== START && from !== 0 && (from + 1) >> 1 === (to + 1) >> 1)

/** The weights a tagger reads: emission rows (BUCKETS × TAGS) and transitions ((TAGS + 1) × TAGS). */
export interface Weights {
  emissions: ArrayLike<number>
  transitions: ArrayLike<number>
}

/** Each word's score for each tag: the sum of its features' rows (n × TAGS). */
export function emissionScores(weights: Weights, features: Int32Array, n: number): Float64Array {
  const scores = new Float64Array(n * TAGS)
  const e = weights.emissions
  for (let i = 0; i < n; i++) {
    const row = i * TAGS
    for (let f = i * FEATURES_PER_WORD, end = f + FEATURES_PER_WORD; f < end; f++) {
      const b = features[f]! * TAGS
      for (let t = 0; t < TAGS; t++) scores[row + t] += e[b + t]!
    }
  }
  return scores
}

/** The best tags for the words (Viterbi). */
export function viterbi(weights: Weights, scores: Float64Array, n: number): Uint8Array {
  const tags = new Uint8Array(n)
  if (n === 0) return tags
  const tr = weights.transitions
  const best = new Float64Array(n * TAGS)
  const back = new Uint8Array(n * TAGS)
  for (let t = 0; t < TAGS; t++) best[t] = allowed(START, t) ? scores[t]! + tr[START * TAGS + t]! : -Infinity
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAGS; t++) {
      let top = -Infinity
      let from = 0
      for (let p = 0; p < TAGS; p++) {
        if (!allowed(p, t)) continue
        const s = best[(i - 1) * TAGS + p]! + tr[p * TAGS + t]!
        if (s > top) {
          top = s
          from = p
        }
      }
      best[i * TAGS + t] = top + scores[i * TAGS + t]!
      back[i * TAGS + t] = from
    }
  }
  let last = 0
  for (let t = 1; t < TAGS; t++) if (best[(n - 1) * TAGS + t]! > best[(n - 1) * TAGS + last]!) last = t
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last
    last = back[i * TAGS + last]!
  }
  return tags
}

/**
 * How sure the model is of each word's tag: the tag's marginal probability (forward-backward), the
 * scores read as a linear-chain CRF's log-potentials, in the weights' own units (`scale` to one).
 */
export function marginals(weights: Weights, scores: Float64Array, n: number, tags: Uint8Array, scale: number): Float64Array {
  const out = new Float64Array(n)
  if (n === 0) return out
  const tr = weights.transitions
  const alpha = new Float64Array(n * TAGS)
  const beta = new Float64Array(n * TAGS)
  const terms = new Float64Array(TAGS)
  // log Σ exp(terms[0..count)), stable.
  const logSum = (count: number): number => {
    let top = -Infinity
    for (let k = 0; k < count; k++) if (terms[k]! > top) top = terms[k]!
    if (top === -Infinity) return -Infinity
    let sum = 0
    for (let k = 0; k < count; k++) sum += Math.exp(terms[k]! - top)
    return top + Math.log(sum)
  }
  for (let t = 0; t < TAGS; t++) alpha[t] = allowed(START, t) ? (scores[t]! + tr[START * TAGS + t]!) / scale : -Infinity
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAGS; t++) {
      let count = 0
      for (let p = 0; p < TAGS; p++) if (allowed(p, t)) terms[count++] = alpha[(i - 1) * TAGS + p]! + tr[p * TAGS + t]! / scale
      alpha[i * TAGS + t] = logSum(count) + scores[i * TAGS + t]! / scale
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < TAGS; t++) {
      let count = 0
      for (let q = 0; q < TAGS; q++) if (allowed(t, q)) terms[count++] = (tr[t * TAGS + q]! + scores[(i + 1) * TAGS + q]!) / scale + beta[(i + 1) * TAGS + q]!
      beta[i * TAGS + t] = logSum(count)
    }
  }
  for (let t = 0; t < TAGS; t++) terms[t] = alpha[(n - 1) * TAGS + t]!
  const z = logSum(TAGS)
  for (let i = 0; i < n; i++) out[i] = Math.exp(alpha[i * TAGS + tags[i]!]! + beta[i * TAGS + tags[i]!]! - z)
  return out
}

/** A run of words with one type: words [from, to). */
export interface TaggedSpan {
  type: 'PERSON' | 'ORGANIZATION' | 'LOCATION'
  from: number
  to: number
}

/** The spans the tags mark. */
export function spansOf(tags: Uint8Array): TaggedSpan[] {
  const spans: TaggedSpan[] = []
  for (let i = 0; i < tags.length; ) {
    const type = tagType(tags[i]!)
    if (!type) {
      i++
      continue
    }
    let to = i + 1
    while (to < tags.length && isInside(tags[to]!) && tagType(tags[to]!) === type) to++
    spans.push({ type, from: i, to })
    i = to
  }
  return spans
}
