// What every recognizer is: a function of the article's input (its text, its words, what the recognizers
// before it found) to candidates. The recognizers, one folder per type, and the entities stage that runs
// them in order all depend on this, and not on each other.
import type { ArticleWords } from './article-words.js'
import type { Candidate, RecognizerInput } from './candidate.js'
import type { Word } from './words.js'

/** What the recognizers that need words and earlier results see. */
export interface ArticleInput extends RecognizerInput {
  /** The article's words, with their keys and what separates them (read once per article). */
  words: Word[]
  /** Where each sentence starts. */
  sentenceStarts: number[]
  /** Candidates found by the recognizers that ran before. */
  found: Candidate[]
  /** What the article says about its own words (read once per article). */
  article: ArticleWords
}

export type Recognizer = (input: ArticleInput) => Candidate[]
