// Places no lexicon knows, by the words before them: a kind of place ("bang Sao Paulo", "sân Old
// Trafford", "thành phố Guaruja") or a preposition of place ("tại Guaruja", "ở Đồng Tàu", "tại Thanh
// Chương"). The name after the cue must not be another thing's: a body's head, an office, an event, a
// club's or company's name, a Vietnamese person's name, or a word that names nothing.
import { knownPlaces, nameCues, placePrefixes, vocabulary } from '../../../lexicon/index.js'
import type { Candidate } from '../candidate.js'
import type { ArticleInput } from '../recognizer.js'
import { personShaped } from './location-cues.js'
import { placeKeys } from './location-names.js'
import { capitalRun, cueAt, foreignEnd, trimRun } from '../people/name-runs.js'
import { isForeignRun } from '../organizations/organization-names.js'
import { PLACE_CUE } from '../word-hits.js'
import { joinWords, type Word } from '../words.js'

/** The place after a cue that starts at word `i`, the cue's words included in the mention when it names the kind. */
export function cuedPlace(input: ArticleInput, i: number, covered: ArrayLike<number>): { candidate: Candidate; end: number; level?: undefined; type?: undefined } | undefined {
  const { words } = input
  const w = words[i]!
  const cues = nameCues()
  if (!(w.hits & PLACE_CUE)) return undefined
  if (w.cap && !(i === 0 || /[.!?:]\s*$/u.test(words[i - 1]!.gap))) return undefined
  const kind = cueAt(cues.placeBefore, words, i, 4)
  const cue = kind ?? cueAt(cues.locatives, words, i, 3)
  // A known place after the cue is the known-place rules' ("ở Thường Tín" is a district of Hà Nội).
  if (!cue || covered[cue.end] || !words[cue.end]!.cap || knownPlaces().longest(placeKeys(words, cue.end), cue.end)) return undefined
  const [start, end] = trimRun(words, cue.end, foreignEnd(words, cue.end, capitalRun(words, cue.end, covered, 4)), input.article)
  if (start !== cue.end || end <= start || !namesAPlace(words, start, end)) return undefined
  const name = joinWords(words, start, end)
  const candidate: Candidate = {
    type: 'LOCATION', start: words[kind ? i : start]!.start, end: words[end - 1]!.end, name,
    rule: kind ? 'location.kind-cue' : 'location.locative-cue', lexicon: `name-cues:${cue.value}`,
  }
  return { candidate, end }
}

function namesAPlace(words: readonly Word[], from: number, to: number): boolean {
  const cues = nameCues()
  const v = vocabulary()
  if (v.orgHeads.longestSpaced(words, from) || v.roles.longestSpaced(words, from) || v.ranks.longestSpaced(words, from) || v.honorifics.longestSpaced(words, from) || placePrefixes().prefixes.longestSpaced(words, from)) return false
  for (let k = from; k < to; k++) {
    const w = words[k]!
    if (w.upper || cues.notNames.has(w.key) || cues.eventWords.has(w.key)) return false
  }
  if (to - from >= 2 && (cues.orgSuffixes.has(words[to - 1]!.key) || cues.orgPrefixes.opens(words[from]!.key))) return false
  // A Vietnamese name is a place's only if it is not shaped like a person's ("UBND TP Nguyễn Đức Chung"),
  // and not one word, which the rules of administrative units and known places read.
  return isForeignRun(words, from, to) || (to - from >= 2 && !personShaped(words, from, to))
}
