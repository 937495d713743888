// Which words lie inside the candidates found before: no name starts there. One sweep in order of
// position, so that it stays linear however many candidates an article has.
import type { Candidate, EntityType } from './candidate.js'
import type { Word } from './words.js'

/** 1 for each word inside a candidate of one of `types` (of any type when none are given). */
export function coveredWords(words: readonly Word[], found: readonly Candidate[], types?: ReadonlySet<EntityType>): Uint8Array {
  const covered = new Uint8Array(words.length)
  const spans = (types ? found.filter((c) => types.has(c.type)) : [...found]).sort((a, b) => a.start - b.start)
  let s = 0
  let reach = -1
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    while (s < spans.length && spans[s]!.start <= w.start) reach = Math.max(reach, spans[s++]!.end)
    if (w.end <= reach) covered[i] = 1
  }
  return covered
}

/** 1 for each word inside a place but not its first ("Ban Nha" of "Tây Ban Nha"). */
export function insidePlaces(words: readonly Word[], found: readonly Candidate[]): Uint8Array {
  const inside = new Uint8Array(words.length)
  const places = found.filter((c) => c.type === 'LOCATION').sort((a, b) => a.start - b.start)
  let s = 0
  let reach = -1
  let from = -1
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    while (s < places.length && places[s]!.start <= w.start) {
      if (places[s]!.end > reach) from = places[s]!.start
      reach = Math.max(reach, places[s++]!.end)
    }
    if (w.end <= reach && w.start > from) inside[i] = 1
  }
  return inside
}
