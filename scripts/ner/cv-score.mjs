#!/usr/bin/env node
// Cross-validated scores of the rules and the tagger on data/ner/, with the evaluation kit's scorer: the
// figure to expect on text nobody has read. Each fold is tagged by a model trained on the other folds;
// the rules, the tagger and the link stage make each article's entities as the pipeline does (people,
// organizations and places only: data/ner annotates nothing else).
//   node scripts/ner/cv-score.mjs [--folds 5] [--eval-dir ../shared/eval]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(new URL('../..', import.meta.url).pathname)
const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, 'eval-dir': { type: 'string', default: join(root, '..', 'shared', 'eval') } } })
const dist = (path) => import(join(root, 'dist', 'pipeline', path))
const { folds, modelOf } = await dist('model/build-model.js')
const { decodeModel } = await dist('model/model-file.js')
const { readArticle, readTrainingData } = await dist('model/train.js')
const { mergeWithRules, tagNames } = await dist('stages/entities/model/model-names.js')
const { linkStage } = await dist('stages/link.js')
const { VFile } = await import('vfile')
const { unified } = await import('unified')

const work = mkdtempSync(join(tmpdir(), 'trich-cv-'))
const gold = join(work, 'gold')
spawnSync(process.execPath, [join(root, 'scripts', 'ner', 'build.mjs'), '--gold', gold], { stdio: 'ignore' })
const { articles } = readTrainingData()
const NAMES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION'])
const link = linkStage.plugin.call(unified(), linkStage.options)

/** The record the scorer reads, of `candidates` over an article. */
function record(article, candidates) {
  const file = new VFile({ data: { text: article.text, candidates: structuredClone(candidates) } })
  link({ type: 'RootNode', children: [] }, file)
  return JSON.stringify({ source: { path: article.doc }, entities: file.data.entities.filter((e) => NAMES.has(e.type)) })
}

const out = { rules: [], tagger: [], merged: [] }
const parts = folds(articles, Number(values.folds))
parts.forEach((held, i) => {
  const train = parts.filter((_, j) => j !== i).flat()
  const model = decodeModel(modelOf(train, ''))
  for (const article of held) {
    const input = readArticle(article.text)
    const tagged = tagNames(input, model)
    out.rules.push(record(article, input.found))
    out.tagger.push(record(article, [...input.found.filter((c) => !NAMES.has(c.type)), ...tagged]))
    out.merged.push(record(article, mergeWithRules(input.found, tagged, article.text.length)))
  }
})
for (const [name, lines] of Object.entries(out)) {
  const path = join(work, `${name}.jsonl`)
  writeFileSync(path, lines.join('\n') + '\n')
  const scored = spawnSync(process.execPath, [join(values['eval-dir'], 'score.mjs'), '--gold', gold, '--records', path], { encoding: 'utf8' })
  const f = Object.fromEntries([...scored.stdout.matchAll(/^(PERSON|ORGANIZATION|LOCATION) .*F1 ([\d.]+)/gm)].map((m) => [m[1], Number(m[2])]))
  console.log(`== ${name}: mean of the three ${((f.PERSON + f.ORGANIZATION + f.LOCATION) / 3).toFixed(3)} ==\n${scored.stdout.split('\n').filter((l) => /^(PERSON |ORGANIZATION|LOCATION|overall)/.test(l)).join('\n')}`)
}
