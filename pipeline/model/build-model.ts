// What `trich train` does: the shipped model rebuilt from data/ner/ with the fixed seed, and the tagger
// measured by cross-validation on the same data (mentions scored exactly: type, start and end).
import { encodeModel, decodeModel } from './model-file.js'
import type { Candidate } from '../stages/entities/candidate.js'
import { isName, mergeWithRules, tagNames } from '../stages/entities/model/model-names.js'
import type { ArticleInput } from '../stages/entities/recognizer.js'
import { readArticle, readTrainingData, sentencesOf, trainWeights, EPOCHS, SEED, TEMPERATURE, TRAINING_DATA, type AnnotatedArticle } from './train.js'

/** The model file's bytes, trained on `articles` (whose file has the hash `trainingSha256`). */
export const modelOf = (articles: readonly AnnotatedArticle[], trainingSha256: string): Buffer =>
  encodeModel(trainWeights(articles.flatMap(sentencesOf), EPOCHS, SEED), { training_sha256: trainingSha256, epochs: EPOCHS, seed: SEED, temperature: TEMPERATURE })

/** The model file's bytes, trained on the data at `path`. */
export function trainModel(path = TRAINING_DATA): Buffer {
  const { articles, sha256 } = readTrainingData(path)
  return modelOf(articles, sha256)
}

export interface Counts {
  found: number
  gold: number
  correct: number
}

export const f1 = ({ found, gold, correct }: Counts): number => (found + gold === 0 ? 1 : (2 * correct) / (found + gold))

/** The mentions an article's spans match exactly, by type. */
export type Tagging = (article: AnnotatedArticle) => Array<{ type: string; start: number; end: number }>

/** Counts of `tagging`'s mentions against an article's gold ones, by type and over all. */
export function scoreTagging(articles: readonly AnnotatedArticle[], tagging: Tagging): Record<string, Counts> {
  const counts: Record<string, Counts> = {}
  const add = (type: string, key: keyof Counts, n = 1) => {
    for (const t of [type, 'ALL']) (counts[t] ??= { found: 0, gold: 0, correct: 0 })[key] += n
  }
  for (const article of articles) {
    const gold = new Set(article.mentions.map(([start, end, e]) => `${article.entities[e]!.type}\0${start}\0${end}`))
    for (const key of gold) add(key.split('\0')[0]!, 'gold')
    const seen = new Set<string>()
    for (const { type, start, end } of tagging(article)) {
      const key = `${type}\0${start}\0${end}`
      if (seen.has(key)) continue
      seen.add(key)
      add(type, 'found')
      if (gold.has(key)) add(type, 'correct')
    }
  }
  return counts
}

/** The articles cut into `k` folds, each article in one by its position (every k-th). */
export const folds = <T>(items: readonly T[], k: number): T[][] => Array.from({ length: k }, (_, fold) => items.filter((_, i) => i % k === fold))

/** Cross-validation: for each fold, a model trained on the others tags it with `tagging(model)`. */
export function crossValidate(k: number, tagging: (model: ReturnType<typeof decodeModel>) => Tagging, path = TRAINING_DATA): Record<string, Counts> {
  const { articles, sha256 } = readTrainingData(path)
  const parts = folds(articles, k)
  const total: Record<string, Counts> = {}
  parts.forEach((held, i) => {
    const train = parts.filter((_, j) => j !== i).flat()
    const model = decodeModel(modelOf(train, sha256))
    for (const [type, c] of Object.entries(scoreTagging(held, tagging(model)))) {
      const t = (total[type] ??= { found: 0, gold: 0, correct: 0 })
      t.found += c.found
      t.gold += c.gold
      t.correct += c.correct
    }
  })
  return total
}

const NAME_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'ALL'] as const

/**
 * The report of `trich train --folds k`: entity F1 (exact mentions) of the rules alone, the tagger alone
 * and the two merged as the pipeline merges them, each model trained on the other folds.
 */
export function crossValidateTagger(k: number, path = TRAINING_DATA): string[] {
  const inputs = new Map<string, ArticleInput>()
  const input = (a: AnnotatedArticle): ArticleInput => {
    let found = inputs.get(a.doc)
    if (!found) inputs.set(a.doc, (found = readArticle(a.text)))
    return found
  }
  const names = (cs: readonly Candidate[]) => cs.filter(isName)
  const { articles } = readTrainingData(path)
  const rows: Array<[string, Record<string, Counts>]> = [
    ['rules alone', scoreTagging(articles, (a) => names(input(a).found))],
    ['tagger alone', crossValidate(k, (model) => (a) => tagNames(input(a), model), path)],
    ['rules and tagger', crossValidate(k, (model) => (a) => names(mergeWithRules(input(a).found, tagNames(input(a), model), a.text.length)), path)],
  ]
  const lines = [`${k}-fold cross-validation on ${articles.length} articles of ${path}: entity F1 (precision, recall), mentions matched exactly`, `| | ${NAME_TYPES.join(' | ')} |`, `|---|${NAME_TYPES.map(() => '---').join('|')}|`]
  for (const [label, counts] of rows) {
    const cell = (c: Counts | undefined) => (c ? `${f1(c).toFixed(3)} (${(c.correct / Math.max(1, c.found)).toFixed(3)}, ${(c.correct / Math.max(1, c.gold)).toFixed(3)})` : '–')
    lines.push(`| ${label} | ${NAME_TYPES.map((t) => cell(counts[t])).join(' | ')} |`)
  }
  return lines
}
