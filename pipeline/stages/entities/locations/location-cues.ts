// What the words around a place name say about it: a cue that makes an ambiguous name a place ("tại",
// "(Anh)"), the start of a sentence, a person's name after it, and where a list of places goes on.
import { lexicons, placePrefixes } from '../../../lexicon/index.js'
import type { Word } from '../words.js'

/** Words [from, to) read as a person's name: a surname and one to three given names. */
export function personShaped(words: readonly Word[], from: number, to: number): boolean {
  const lex = lexicons()
  if (to - from < 2 || to - from > 4 || !lex.isSurname(words[from]!.text)) return false
  for (let k = from + 1; k < to; k++) if (!lex.isGivenName(words[k]!.text)) return false
  return true
}

/** Whether word `i` opens a sentence (or the text, or a line). */
export function opensSentence(words: readonly Word[], i: number): boolean {
  return i === 0 || /[.!?:…"“”]\s*$|\n/u.test(words[i - 1]!.gap)
}

/** The folded text of the one or two words before word `i`, when a single space joins them to it. */
function before(words: readonly Word[], i: number, n: 1 | 2): string | undefined {
  if (i - n < 0) return undefined
  for (let k = i - n; k < i; k++) if (words[k]!.gap !== ' ') return undefined
  return n === 1 ? words[i - 1]!.key : `${words[i - 2]!.key} ${words[i - 1]!.key}`
}

const inParentheses = (words: readonly Word[], start: number, end: number): boolean =>
  (start > 0 && /\(\s*$/u.test(words[start - 1]!.gap)) || /^\s*\)/u.test(words[end - 1]!.gap)

/** A cue that an ambiguous country name ("Anh", "Đức") is the country: "nước Anh", "(Anh)", "Anh - Pháp". */
export function countryCue(words: readonly Word[], start: number, end: number): boolean {
  if (inParentheses(words, start, end)) return true
  const word = before(words, start, 1)
  if (word !== undefined && placePrefixes().countryCues.has(word)) return true
  const after = words[end]
  return Boolean(after && words[end - 1]!.gap === ' - ' && after.cap)
}

/** A cue that a name is a place: "tại Sóc Sơn", "trên địa bàn Sóc Sơn", "(Ba Đình)". */
export function locativeCue(words: readonly Word[], start: number, end: number): boolean {
  if (inParentheses(words, start, end)) return true
  const cues = placePrefixes().locativeCues
  const one = before(words, start, 1)
  const two = before(words, start, 2)
  return (one !== undefined && cues.has(one)) || (two !== undefined && cues.has(two))
}

/** A word before the name that makes it a person's: "chị Hà Giang", "Ông Hà Nam", "đồng chí Thái Bình". */
export function personCue(words: readonly Word[], start: number): boolean {
  const cues = placePrefixes().personCues
  const one = before(words, start, 1)
  const two = before(words, start, 2)
  return (one !== undefined && cues.has(one)) || (two !== undefined && cues.has(two))
}

/**
 * Where the next item of a list of places would start, after a place ending before word `end`:
 * "quận Ba Đình, Hoàn Kiếm", "Thường Tín, Phú Xuyên và Ba Vì". Undefined when no list goes on.
 */
export function nextInList(words: readonly Word[], end: number): number | undefined {
  const gap = words[end - 1]?.gap
  const next = words[end]
  if (!next) return undefined
  const and = next.key === 'và' && next.gap === ' '
  if (gap === ', ') return and ? end + 1 : end
  if (gap === ' ' && and) return end + 1
  return undefined
}
