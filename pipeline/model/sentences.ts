// The tagger reads an article a sentence at a time, in training as in the pipeline.

/** The word ranges [from, to) of the sentences, in order. */
export function cutSentences(words: ReadonlyArray<{ start: number }>, sentenceStarts: readonly number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let from = 0
  let s = 1
  for (let i = 0; i < words.length; i++) {
    if (s < sentenceStarts.length && words[i]!.start >= sentenceStarts[s]!) {
      if (i > from) ranges.push([from, i])
      from = i
      while (s < sentenceStarts.length && words[i]!.start >= sentenceStarts[s]!) s++
    }
  }
  if (words.length > from) ranges.push([from, words.length])
  return ranges
}
