// The first words of the cues each recognizer looks for, by kind: a word not among them opens no cue of
// that kind, so the recognizers test one bit per word (see word-hits.ts) instead of probing their tables.
import { once } from '../text/memo.js'
import { eventHeads } from './event-heads.js'
import { nameCues } from './name-cues.js'
import { vocabulary } from './vocabulary.js'

export interface CueFirstWords {
  /** A cue of a person in any case: an alias, an honorific, a profession, an office or a rank. */
  person: ReadonlySet<string>
  /** A kind of place or a locative ("sân", "bang", "tại"). */
  place: ReadonlySet<string>
  /** The head of an organization's name ("Ủy ban", "Sở"). */
  orgHead: ReadonlySet<string>
  /** A lower-case cue of an organization ("công ty", "tuyển", "quân đội", "khoác áo"). */
  orgCue: ReadonlySet<string>
  /** The head of an event's name ("Đại hội", "Lễ hội"). */
  eventHead: ReadonlySet<string>
}

export const cueFirstWords = once((): CueFirstWords => {
  const v = vocabulary()
  const cues = nameCues()
  const firstOf = (...tries: Array<{ firstKeys(): IterableIterator<string> }>): ReadonlySet<string> => new Set(tries.flatMap((t) => [...t.firstKeys()]))
  return {
    person: firstOf(v.personAliases, v.honorifics, cues.personBefore, v.roles, v.ranks),
    place: firstOf(cues.placeBefore, cues.locatives),
    orgHead: firstOf(v.orgHeads),
    orgCue: cues.lowerStarts,
    eventHead: firstOf(eventHeads()),
  }
})
