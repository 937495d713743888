// Which lexicons a word may open an entry of, read once per word as a bit set: the recognizers test a
// bit where each would otherwise probe its own table for every word of the article. A word's hits
// depend on its folded key alone: readWords keeps them with the word's shape.
import { eventHeads, nameCues, vocabulary } from '../../lexicon/index.js'
import { PLACE_STARTS_CAP_SHIFT, PLACE_STARTS_LOWER_SHIFT, startRules } from './locations/location-starts.js'

/** A cue of a person in any case: an alias, an honorific, a profession, an office or a rank. */
export const PERSON_CUE = 1
/** A kind of place or a locative ("sân", "bang", "tại"). */
export const PLACE_CUE = 2
/** The head of an organization's name ("Ủy ban", "Sở"). */
export const ORG_HEAD = 4
/** A lower-case cue of an organization ("công ty", "tuyển", "quân đội", "khoác áo"). */
export const ORG_CUE = 8
/** The head of an event's name ("Đại hội", "Lễ hội"). */
export const EVENT_HEAD = 16

let firstWords: Array<[number, ReadonlySet<string>]> | undefined

/** The bits of the word whose folded key is `key` (readWords keeps each word's). */
export function wordHits(key: string): number {
  firstWords ??= tables()
  let hits = (startRules(key, true) << PLACE_STARTS_CAP_SHIFT) | (startRules(key, false) << PLACE_STARTS_LOWER_SHIFT)
  for (const [bit, words] of firstWords) if (words.has(key)) hits |= bit
  return hits
}

function tables(): Array<[number, ReadonlySet<string>]> {
  const v = vocabulary()
  const cues = nameCues()
  const firstOf = (...tries: Array<{ firstKeys(): IterableIterator<string> }>): ReadonlySet<string> => new Set(tries.flatMap((t) => [...t.firstKeys()]))
  return [
    [PERSON_CUE, firstOf(v.personAliases, v.honorifics, cues.personBefore, v.roles, v.ranks)],
    [PLACE_CUE, firstOf(cues.placeBefore, cues.locatives)],
    [ORG_HEAD, firstOf(v.orgHeads)],
    [ORG_CUE, cues.lowerStarts],
    [EVENT_HEAD, firstOf(eventHeads())],
  ]
}
