// Events: congresses, conferences, sessions, festivals, elections, ceremonies. A name opens with a head
// from the lexicon ("Đại hội", "Lễ hội", "Kỳ họp") and runs over what names this one event ("Đảng toàn
// quốc lần thứ XIII", "cà phê Buôn Ma Thuột lần thứ 6"); its date and place are those the same
// sentence states.
import { eventHeads, vocabulary } from '../../../lexicon/index.js'
import type { Candidate } from '../candidate.js'
import type { ArticleInput } from '../recognizer.js'
import { EVENT_HEAD } from '../word-hits.js'
import type { Word } from '../words.js'
import { bisect } from '../../../text/bisect.js'

const MAX_WORDS = 9
const ORDINAL = /^(\d+|[IVXLC]+)$/


export function recognizeEvents(input: ArticleInput): Candidate[] {
  const { words } = input
  const sentenceOf = sentenceIndex(input)
  // A name does not run into a document, a person or a date found before ("hội nghị triển khai Nghị
  // quyết số 15" is a conference about the resolution, not "hội nghị triển khai Nghị").
  const others = new Set(input.found.filter((c) => c.type === 'LEGAL_DOCUMENT' || c.type === 'PERSON' || c.type === 'DATE').map((c) => c.start))
  const out: Candidate[] = []
  for (let i = 0; i < words.length; i++) {
    const head = words[i]!.hits & EVENT_HEAD ? eventHeads().longestSpaced(words, i) : undefined
    if (!head) continue
    const end = nameEnd(words, head.end, others)
    // A lower-case head alone ("hội nghị") is a common noun, not a named event.
    if (end === head.end && !words[i]!.cap) continue
    if (end === head.end && head.end - i < 2) continue
    const start = words[i]!.start
    const stop = words[end - 1]!.end
    const name = input.text.slice(start, stop).replace(/\s+/g, ' ')
    const sentence = sentenceOf(start)
    const sameSentence = (c: Candidate): boolean => sentenceOf(c.start) === sentence
    const date = input.found.find((c) => c.type === 'DATE' && sameSentence(c) && c.date!.precision === 'day')
    const place = input.found.find((c) => c.type === 'LOCATION' && sameSentence(c) && c.start >= stop)
    out.push({
      type: 'EVENT', start, end: stop, name, rule: 'event.head', lexicon: `events:${head.value}`,
      event: { kind: head.value, ...(date ? { date: date.date!.value } : {}), ...(place ? { place: place.name } : {}) },
    })
    i = end - 1
  }
  return out
}

/** Index past the words that name the event: capitalized words, ordinals, "lần thứ N", "toàn quốc";
 * never into a word where one of the `others` starts. */
function nameEnd(words: Word[], from: number, others: ReadonlySet<number>): number {
  const v = vocabulary()
  let end = from
  let k = from
  while (k < words.length && k - from < MAX_WORDS && words[k - 1]!.gap === ' ') {
    const w = words[k]!
    if (others.has(w.start)) break
    const next = words[k + 1]
    const joined = w.gap === ' ' && next !== undefined
    if (joined && w.key === 'toàn' && next.key === 'quốc') end = k += 2
    else if (joined && (w.key === 'thứ' || w.key === 'khóa') && ORDINAL.test(next.text)) end = k += 2
    else if (joined && w.key === 'lần' && next.key === 'thứ') k++
    else if (w.cap || ORDINAL.test(w.text)) end = ++k
    else if (v.functionWords.has(w.key)) break
    else k++
  }
  return end
}

function sentenceIndex(input: ArticleInput): (offset: number) => number {
  const starts = input.sentenceStarts
  return (offset) => Math.max(0, bisect(starts.length, (i) => starts[i]! <= offset) - 1)
}
