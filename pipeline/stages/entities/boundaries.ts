// Regex pieces that bound a mention in raw text. `\b` knows only ASCII letters, so Vietnamese words need
// their own lookarounds; digits need stricter ones so that a date is never read out of a code or a number.
// WORD_START is also written in code (startsWord), for scans that check it before trying a regex.

export const WORD_START = '(?<![\\p{L}\\p{N}])'
export const WORD_END = '(?![\\p{L}\\p{N}])'
// Digits that form a token of their own, not part of a code or a longer number: 41/2016/NĐ-CP, 3,9, Covid-19.
export const TOKEN_START = '(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][/.,\\-])'
export const TOKEN_END = '(?![\\p{L}\\p{N}%])(?![/.,\\-]\\p{N})(?![/\\-]\\p{L})'

// The same test in code, for scans that try a sticky regex only where a word starts: a look-behind for a
// letter costs more there than all the rest of a failed try. Case-insensitive, as the patterns are (which
// adds U+0345, a combining mark that folds to a Greek letter).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu

/** Whether the character at `i` (either half of a surrogate pair: the pair) is a letter or a digit. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  // Latin-1 letters, Latin Extended-A and -B, and Latin Extended Additional (ạ, ế, ữ) are letters all.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true
  if (Number.isNaN(c)) return false
  if (c < 0xd800 || c > 0xdfff) return LETTER_OR_DIGIT.test(text[i]!)
  const pair = text.codePointAt(c >= 0xdc00 ? i - 1 : i)
  return pair !== undefined && pair > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(pair))
}

/** Whether a word or a number may start at `i`: a letter or a digit there, and before it what WORD_START allows. */
export const startsWord = (text: string, i: number): boolean => isWordChar(text, i) && !isWordChar(text, i - 1)

/**
 * A sticky test, run at a space (wordBefore), of whether one of `words` is the whole word right before it,
 * in any case as the patterns compare; "" among them: no word is. `suffix` may come between. Cheaper than
 * reading the word and folding its case.
 */
export function wordsBefore(words: Iterable<string>, suffix = ''): RegExp {
  return new RegExp(`(?<=(?<![\\p{L}\\p{N}])(?:${[...words].join('|')})${suffix}) `, 'iuy')
}

/** Whether one of the words that `before` (made by wordsBefore) tests for ends right before the space at `space`. */
export function wordBefore(before: RegExp, text: string, space: number): boolean {
  before.lastIndex = space
  return before.test(text)
}

const DIGITS = /\d+/g
const isDigit = (text: string, i: number): boolean => text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39
let lastRuns: { text: string; runs: number[] } = { text: '', runs: [] }

/**
 * Where the runs of ASCII digits in `text` start and end, in order: [start, end, start, end, …]. The last
 * text's are kept: the date and the document recognizers both ask for the article's.
 */
export function digitRuns(text: string): readonly number[] {
  if (text === lastRuns.text) return lastRuns.runs
  const runs: number[] = []
  DIGITS.lastIndex = 0
  while (DIGITS.test(text)) {
    const end = DIGITS.lastIndex
    let start = end - 1
    while (start > 0 && isDigit(text, start - 1)) start--
    runs.push(start, end)
  }
  lastRuns = { text, runs }
  return runs
}
