// The learned name tagger as a recognizer: it reads the article's words and what the rules found, tags
// people, organizations and places, and its spans are merged with the rules':
// - The rules keep what they know: dates, documents and events, people named with an office, and
//   administrative units. A tagged span that crosses one of them, lies inside it or is it gives way; a
//   body or a place may hold one ("Ủy ban nhân dân tỉnh Nghệ An").
// - For every other name the tagger decides the type and the boundaries, where it is sure (SURE): the
//   rules' other names on its spans give way. Where a rule read the same name longer, the rule's span
//   stands: the tagger, trained on general news, cuts official names short ("Ban Thường" of "Ban Thường
//   vụ Tỉnh ủy").
// - Where the tagger is silent the rules' other names go (it says there is no name), and where it is
//   unsure they stand.
// SURE and the choice of these three were measured by cross-validation on data/ner/ and on both
// evaluation sets (see data/ner/README.md).
import type { NerModel } from '../../../model/model-file.js'
import { articleFeatures, FEATURES_PER_WORD } from '../../../model/features.js'
import { cutSentences } from '../../../model/sentences.js'
import { emissionScores, marginals, spansOf, viterbi } from '../../../model/tagger.js'
import { vocabulary } from '../../../lexicon/index.js'
import { bisect } from '../../../text/bisect.js'
import type { Candidate } from '../candidate.js'
import type { ArticleInput } from '../recognizer.js'
import { joinWords } from '../words.js'

/** The least score of a tagged span that decides over the rules. */
export const SURE = 0.5

/** A person, an organization or a place: what the tagger tags. */
export const isName = (c: Candidate): boolean => c.type === 'PERSON' || c.type === 'ORGANIZATION' || c.type === 'LOCATION'
const ruleKnows = (c: Candidate): boolean => !isName(c) || (c.positions?.length ?? 0) > 0 || c.admin !== undefined

/** The tagger's spans over the article, each a candidate of rule `model` with its score: how sure the
 * model is of the span's least sure word. */
export function tagNames(input: ArticleInput, model: NerModel): Candidate[] {
  const { words } = input
  const features = articleFeatures(words, input.sentenceStarts, input.found)
  const out: Candidate[] = []
  for (const [from, to] of cutSentences(words, input.sentenceStarts)) {
    const n = to - from
    const scores = emissionScores(model, features.subarray(from * FEATURES_PER_WORD, to * FEATURES_PER_WORD), n)
    const tags = viterbi(model, scores, n)
    const spans = spansOf(tags)
    if (spans.length === 0) continue
    const sure = marginals(model, scores, n, tags, model.header.scale * model.header.temperature)
    for (const span of spans) {
      // An official head is one word however it is written: "Ban Chỉ" is cut from "Ban Chỉ đạo".
      const head = span.type === 'ORGANIZATION' ? vocabulary().orgHeads.longestSpaced(words, from + span.from) : undefined
      if (head && head.end - from > span.to && head.end <= to) span.to = head.end - from
      let score = 1
      for (let i = span.from; i < span.to; i++) score = Math.min(score, sure[i]!)
      const name = joinWords(words, from + span.from, from + span.to).replace(/\s+/g, ' ')
      out.push({ type: span.type, start: words[from + span.from]!.start, end: words[from + span.to - 1]!.end, name, rule: 'model', score: Math.round(score * 1000) / 1000 })
    }
  }
  return out
}

/** Which characters a set of spans covers, counted so that a question about a span is one step. */
class Coverage {
  /** How many characters before each offset are covered. */
  readonly #covered: Int32Array
  /** How many spans each offset falls strictly inside. */
  readonly #inside: Int32Array
  /** 1 where a span starts or ends. */
  readonly #edges: Uint8Array
  readonly #spans = new Set<string>()

  constructor(length: number, spans: Iterable<{ start: number; end: number }>) {
    this.#covered = new Int32Array(length + 1)
    this.#inside = new Int32Array(length + 2)
    this.#edges = new Uint8Array(length + 1)
    for (const { start, end } of spans) {
      this.#edges[start] = 1
      this.#edges[end] = 1
      for (let i = start; i < end; i++) this.#covered[i + 1] = 1
      this.#inside[start + 1]! += 1
      this.#inside[end]! -= 1
      this.#spans.add(`${start}\0${end}`)
    }
    for (let i = 1; i <= length; i++) {
      this.#covered[i]! += this.#covered[i - 1]!
      this.#inside[i]! += this.#inside[i - 1]!
    }
  }

  overlaps(c: Candidate): boolean {
    return this.#covered[c.end]! > this.#covered[c.start]!
  }

  /** Whether `c` lies within one span: every character covered, and no span's edge strictly inside it. */
  within(c: Candidate): boolean {
    if (this.#covered[c.end]! - this.#covered[c.start]! !== c.end - c.start) return false
    for (let i = c.start + 1; i < c.end; i++) if (this.#edges[i] === 1) return false
    return true
  }

  /** Whether `c` holds every span it overlaps, and is none of them. */
  holds(c: Candidate): boolean {
    return this.#inside[c.start]! === 0 && this.#inside[c.end]! === 0 && !this.#spans.has(`${c.start}\0${c.end}`)
  }
}

/** A rule's candidate of the span's type that holds the span and more. `others` is sorted by start. */
function widerRule(others: readonly Candidate[], span: Candidate): Candidate | undefined {
  const at = bisect(others.length, (i) => others[i]!.start <= span.start)
  // Rules' names nest a few deep at most: the nearest ones are enough.
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const c = others[k]!
    if (c.type === span.type && c.end >= span.end && c.end - c.start > span.end - span.start) return c
  }
  return undefined
}

/** The rules' candidates merged with the tagger's spans (see the top of this file); `length`: the text's. */
export function mergeWithRules(found: readonly Candidate[], tagged: readonly Candidate[], length: number): Candidate[] {
  // The offices people are named with, and the bodies the rules read inside them ("Ủy viên Ban Thường vụ
  // Tỉnh ủy Lâm Đồng"), are the rules'.
  const offices = new Coverage(length, found.flatMap((c) => c.positions ?? []))
  const known = (c: Candidate): boolean => ruleKnows(c) || offices.within(c)
  const kept = found.filter(known)
  const others = found.filter((c) => !known(c)).sort((a, b) => a.start - b.start)
  const samePlace = new Map(others.map((c) => [`${c.type}\0${c.start}\0${c.end}`, c]))
  // Events overlap names freely.
  const knownSpans = new Coverage(length, [...kept.filter((c) => c.type !== 'EVENT'), ...found.flatMap((c) => c.positions ?? [])])
  const decided: Candidate[] = []
  const decidedSpans: Candidate[] = []
  const unsure: Candidate[] = []
  for (const span of tagged) {
    if (span.score! < SURE) unsure.push(span)
    else if (knownSpans.overlaps(span) && (span.type === 'PERSON' || !knownSpans.holds(span))) continue
    else {
      decided.push(samePlace.get(`${span.type}\0${span.start}\0${span.end}`) ?? widerRule(others, span) ?? span)
      decidedSpans.push(span)
    }
  }
  const taken = new Coverage(length, decidedSpans)
  const doubted = new Coverage(length, unsure)
  const chosen = new Set(decided)
  const standing = others.filter((c) => !chosen.has(c) && doubted.overlaps(c) && !taken.overlaps(c) && !knownSpans.overlaps(c))
  return [...kept, ...decided, ...standing]
}
