// Where a person's name ends a run of capitalized words: "quận Nam Từ Liêm Nguyễn Văn Hải",
// "tỉnh Quảng Ninh Nguyễn Đức Long". Official writing puts the office and its place right before the
// name, with nothing between, so places and bodies must give the name back.
import { lexicons } from '../../../lexicon/index.js'
import { joinWords, type Word } from '../words.js'


/**
 * The index where a person's name (a surname and one to three given names) fills the end of
 * words [from, to), leaving at least one word before it; undefined when none does. Of several
 * readings, one that leaves a known place before the name wins, then a name of three syllables.
 */
export function trailingNameStart(words: Word[], from: number, to: number, date: string | null): number | undefined {
  const lex = lexicons()
  let best: number | undefined
  let bestScore = -1
  for (let p = Math.max(from + 1, to - 4); p <= to - 2; p++) {
    if (!lex.isSurname(words[p]!.text)) continue
    // Two syllables after a place are a name only with a common surname: "Nam Từ Liêm" is a district.
    if (to - p === 2 && lex.surnameFrequency(words[p]!.text) < 50) continue
    if (!words.slice(p + 1, to).every((w) => lex.isGivenName(w.text))) continue
    const before = joinWords(words, from, p)
    const knownBefore = lex.admin.lookup(before, { date }).length > 0 || lex.countries.lookup(before) !== undefined
    const score = (knownBefore ? 10 : 0) + (to - p === 3 ? 2 : to - p === 2 ? 1 : 0)
    if (score > bestScore) {
      best = p
      bestScore = score
    }
  }
  return best
}

/** Index past the capitalized words from `i` joined by single spaces, at most `max` of them. */
export function capitalized(words: Word[], i: number, max: number): number {
  let k = i
  while (k < words.length && k - i < max && words[k]!.cap && (k === i || words[k - 1]!.gap === ' ')) k++
  return k
}
