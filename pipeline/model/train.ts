// Training the name tagger: the averaged structured perceptron (Collins 2002) over the annotated articles
// of data/ner/, one sentence at a time, in an order shuffled by a seeded generator. Every step is integer
// arithmetic on the same inputs in the same order, so the same data and seed give the same bytes.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../paths.js'
import { parseText, MAX_PIECE } from '../stages/parse.js'
import { articleInput, RECOGNIZERS } from '../stages/entities/index.js'
import type { ArticleInput } from '../stages/entities/recognizer.js'
import { articleFeatures, FEATURES_PER_WORD } from './features.js'
import { cutSentences } from './sentences.js'
import { BUCKETS, emissionScores, START, TAGS, viterbi, type Weights } from './tagger.js'

export const TRAINING_DATA = join(packageRoot, 'data', 'ner', 'ner.jsonl')
export const EPOCHS = 12
export const SEED = 2017
// The averaged weights make sharp scores: read as a CRF's log-potentials they give every span a
// probability near 1. Divided by this, the mentions' scores fit how often spans are right (the least log
// loss on a held-out fifth of data/ner, among 1, 5, 10, 20, 40 and 80).
export const TEMPERATURE = 40

/** An annotated article of data/ner/ner.jsonl. */
export interface AnnotatedArticle {
  doc: string
  text: string
  entities: Array<{ type: 'PERSON' | 'ORGANIZATION' | 'LOCATION'; name: string }>
  /** [start, end, entity index], in order of position. */
  mentions: Array<[number, number, number]>
}

/** A sentence to learn from: its words' features and their gold tags. */
export interface Sentence {
  features: Int32Array
  gold: Uint8Array
}

export function readTrainingData(path = TRAINING_DATA): { articles: AnnotatedArticle[]; sha256: string } {
  const bytes = readFileSync(path)
  const articles = bytes
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AnnotatedArticle)
  return { articles, sha256: createHash('sha256').update(bytes).digest('hex') }
}

const FIRST_TAG = { PERSON: 1, ORGANIZATION: 3, LOCATION: 5 } as const

/** What the tagger sees of an article as the entities stage gives it: the text parsed and read into
 * words, and the rules run over it. */
export function readArticle(text: string): ArticleInput {
  const input = articleInput(parseText(text, MAX_PIECE), text, null)
  for (const recognize of RECOGNIZERS) for (const candidate of recognize(input)) input.found.push(candidate)
  return input
}

/** An article's sentences with the gold tags of its mentions: each word a mention covers is tagged, the
 * first with B-. */
export function sentencesOf(article: AnnotatedArticle): Sentence[] {
  const { words, sentenceStarts, found } = readArticle(article.text)
  const features = articleFeatures(words, sentenceStarts, found)
  const gold = new Uint8Array(words.length)
  let w = 0
  for (const [start, end, entity] of article.mentions) {
    while (w < words.length && words[w]!.end <= start) w++
    const first = FIRST_TAG[article.entities[entity]!.type]
    for (let k = w; k < words.length && words[k]!.start < end; k++) gold[k] = k === w ? first : first + 1
  }
  return cutSentences(words, sentenceStarts).map(([from, to]) => ({
    features: features.subarray(from * FEATURES_PER_WORD, to * FEATURES_PER_WORD),
    gold: gold.subarray(from, to),
  }))
}

/** mulberry32: a small seeded generator, for the order of the sentences. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** The averaged weights learned from `sentences`. */
export function trainWeights(sentences: readonly Sentence[], epochs = EPOCHS, seed = SEED): { emissions: Float64Array; transitions: Float64Array } {
  const current: Weights & { emissions: Float64Array; transitions: Float64Array } = { emissions: new Float64Array(BUCKETS * TAGS), transitions: new Float64Array((START + 1) * TAGS) }
  // For the average: each update weighted by the step it was made at (Daumé's trick).
  const stamped = { emissions: new Float64Array(BUCKETS * TAGS), transitions: new Float64Array((START + 1) * TAGS) }
  const next = random(seed)
  const order = sentences.map((_, i) => i)
  let step = 1
  const add = (table: 'emissions' | 'transitions', at: number, by: number) => {
    current[table][at] += by
    stamped[table][at] += by * step
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const index of order) {
      const { features, gold } = sentences[index]!
      const n = gold.length
      const predicted = viterbi(current, emissionScores(current, features, n), n)
      for (let i = 0; i < n; i++) {
        const g = gold[i]!
        const p = predicted[i]!
        if (g !== p) {
          for (let f = i * FEATURES_PER_WORD; f < (i + 1) * FEATURES_PER_WORD; f++) {
            add('emissions', features[f]! * TAGS + g, 1)
            add('emissions', features[f]! * TAGS + p, -1)
          }
        }
        const gFrom = i === 0 ? START : gold[i - 1]!
        const pFrom = i === 0 ? START : predicted[i - 1]!
        if (gFrom !== pFrom || g !== p) {
          add('transitions', gFrom * TAGS + g, 1)
          add('transitions', pFrom * TAGS + p, -1)
        }
      }
      step++
    }
  }
  const average = (w: Float64Array, u: Float64Array) => w.map((value, i) => value - u[i]! / step)
  return { emissions: average(current.emissions, stamped.emissions), transitions: average(current.transitions, stamped.transitions) }
}
