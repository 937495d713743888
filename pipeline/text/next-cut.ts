// Where to cut a long text into pieces for retext-latin, whose merging rules splice arrays as long as a
// sentence or an article: its time grows with the square of a piece's length (a line of 200,000
// characters of "số 1/" took 7 s), so pieces are kept short.
//
// A sentence end is a cut that no parse-latin rule looks across, so the words and sentences of the
// pieces are those of the whole: ".", "!" or "?" after a word of two letters or more (parse-latin
// reads "A." and its Latin abbreviations as no sentence end), then white space, then a capital. A text
// with none of them in reach (no punctuation, "số 1/" a thousand times) is cut at a line break or a
// space, and only such a text is read differently.

const SENTENCE_END = /[.!?][ \n]+(?=\p{Lu})/gu
// parse-latin 7 (merge-prefix-exceptions.js): words whose full stop does not end the sentence.
const ABBREVIATION = /^(?:al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/
const LETTER = /\p{L}/u
const LONGEST_ABBREVIATION = 4

/** The end of the piece that starts at `from`: at most `max` characters on, and at least half that, so
 * that every text is read in linear time (each search stays within those bounds). */
export function nextCut(text: string, from: number, max: number): number {
  const end = from + max
  if (end >= text.length) return text.length
  const least = from + Math.ceil(max / 2)
  // One character more than the piece, for the capital after its last white space.
  const reach = text.slice(least, end + 1)
  let inLine = -1
  let atLineBreak = -1
  for (const m of reach.matchAll(SENTENCE_END)) {
    const cut = least + m.index + m[0].length
    if (cut > end || !endsWord(text, least + m.index)) continue
    if (m[0].includes('\n')) atLineBreak = cut
    else inLine = cut
  }
  // A cut at a line break keeps even the paragraphs of the tree as they were.
  if (atLineBreak !== -1) return atLineBreak
  if (inLine !== -1) return inLine
  const last = end - 1 - least
  const lineBreak = reach.lastIndexOf('\n', last)
  if (lineBreak !== -1) return least + lineBreak + 1
  const blank = reach.lastIndexOf(' ', last)
  if (blank !== -1) return least + blank + 1
  // No white space at all: anywhere but inside a surrogate pair.
  const code = text.charCodeAt(end - 1)
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end
}

/** Whether the mark at `at` follows two letters or more that are not an abbreviation of parse-latin's. */
function endsWord(text: string, at: number): boolean {
  let start = at
  while (start > 0 && at - start <= LONGEST_ABBREVIATION && LETTER.test(text[start - 1]!)) start--
  const letters = at - start
  return letters >= 2 && (letters > LONGEST_ABBREVIATION || !ABBREVIATION.test(text.slice(start, at).toLowerCase()))
}
