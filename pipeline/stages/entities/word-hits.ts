// Which lexicons a word may open an entry of, read once per word as a bit set: the recognizers test a
// bit where each would otherwise probe its own table for every word of the article. A word's hits
// depend on its folded key alone: readWords keeps them with the word's shape.
import { cueFirstWords } from '../../lexicon/index.js'
import { PLACE_STARTS_CAP_SHIFT, PLACE_STARTS_LOWER_SHIFT, startRules } from './locations/location-starts.js'

// One bit per kind of cue (see CueFirstWords in the lexicon).
export const PERSON_CUE = 1
export const PLACE_CUE = 2
export const ORG_HEAD = 4
export const ORG_CUE = 8
export const EVENT_HEAD = 16

/** The bits of the word whose folded key is `key` (readWords keeps each word's). */
export function wordHits(key: string): number {
  const cues = cueFirstWords()
  let hits = (startRules(key, true) << PLACE_STARTS_CAP_SHIFT) | (startRules(key, false) << PLACE_STARTS_LOWER_SHIFT)
  if (cues.person.has(key)) hits |= PERSON_CUE
  if (cues.place.has(key)) hits |= PLACE_CUE
  if (cues.orgHead.has(key)) hits |= ORG_HEAD
  if (cues.orgCue.has(key)) hits |= ORG_CUE
  if (cues.eventHead.has(key)) hits |= EVENT_HEAD
  return hits
}
