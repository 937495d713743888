// entities: runs the recognizers in order over the article. Later recognizers see what earlier ones
// found (a person's office names organizations; "Hồ Chí Minh" after "TP" is a city, not a person).
// It reads the tree besides the keys it declares.
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { checkBudget } from '../budget.js'
import { defineStage, type Stage } from '../data.js'
import type { Candidate, RecognizerInput } from './candidate.js'
import { readArticleWords, type ArticleWords } from './article-words.js'
import { recognizeDates } from './dates.js'
import { recognizeEvents } from './events.js'
import { recognizeLegalDocuments } from './legal-documents.js'
import { recognizeLocations } from './locations.js'
import { recognizeNames } from './names.js'
import { recognizeOrganizations } from './organizations.js'
import { recognizePeople } from './people.js'
import { readWords, type Word } from './words.js'

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

/** The recognizers, in the order they run. */
export const RECOGNIZERS: Recognizer[] = [
  recognizeDates,
  recognizeLegalDocuments,
  recognizeLocations,
  recognizeOrganizations,
  recognizePeople,
  recognizeEvents,
  recognizeNames,
]

/** What the recognizers see of an article, before any has run. */
export function articleInput(tree: Root, text: string, published: string | null): ArticleInput {
  const { words, sentenceStarts } = readWords(tree, text)
  return { text, published, words, sentenceStarts, found: [], article: readArticleWords(words) }
}

export const entities: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const text = file.data.text!
    const input = articleInput(tree, text, file.data.published ?? null)
    for (const recognize of RECOGNIZERS) {
      // One by one: spreading an array of a hundred thousand candidates overflows the stack.
      for (const candidate of recognize(input)) input.found.push(candidate)
      checkBudget(file, 'entities')
    }
    file.data.candidates = input.found
  }
}

export const entitiesStage = defineStage({ name: 'entities', reads: ['text', 'published'], writes: ['candidates'], plugin: entities as Stage })
