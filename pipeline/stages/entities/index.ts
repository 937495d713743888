// entities: runs the recognizers in order over the article. Later recognizers see what earlier ones
// found (a person's office names organizations; "Hồ Chí Minh" after "TP" is a city, not a person).
// It reads the tree besides the keys it declares.
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { checkBudget } from '../budget.js'
import { defineStage, type Stage, type StageOptions } from '../data.js'
import { shippedModel } from '../../model/model-file.js'
import { mergeWithRules, tagNames } from './model/model-names.js'
import type { ArticleInput, Recognizer } from './recognizer.js'
import { readArticleWords } from './article-words.js'
import { recognizeDates } from './dates/dates.js'
import { recognizeEvents } from './events/events.js'
import { recognizeLegalDocuments } from './documents/legal-documents.js'
import { recognizeLocations } from './locations/locations.js'
import { recognizeNames } from './people/names.js'
import { recognizeOrganizations } from './organizations/organizations.js'
import { recognizePeople } from './people/people.js'
import { readWords } from './words.js'

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

export interface EntitiesOptions extends StageOptions {
  /** Run the learned name tagger after the rules (`--no-model` turns it off). */
  model: boolean
}

export const entities: Stage<EntitiesOptions> = function ({ model }) {
  return (tree: Root, file: VFile) => {
    const text = file.data.text!
    const input = articleInput(tree, text, file.data.published ?? null)
    for (const recognize of RECOGNIZERS) {
      // One by one: spreading an array of a hundred thousand candidates overflows the stack.
      for (const candidate of recognize(input)) input.found.push(candidate)
      checkBudget(file, 'entities')
    }
    file.data.candidates = model ? mergeWithRules(input.found, tagNames(input, shippedModel()), text.length) : input.found
  }
}

export const entitiesStage = defineStage({ name: 'entities', reads: ['text', 'published'], writes: ['candidates'], options: { model: true }, plugin: entities })
