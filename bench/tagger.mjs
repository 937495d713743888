#!/usr/bin/env node
// `node bench/tagger.mjs [--corpus dir] [--limit N]`: the name tagger alone on real articles (news2017 by
// default): the words and the rules' candidates are read first, untimed; then the tagger's features,
// Viterbi and scores over every article are timed. Prints the model's load time, words/s and MB/s of
// text (UTF-8) on one core.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(new URL('..', import.meta.url).pathname)
const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus', 'news2017') }, limit: { type: 'string', default: '3000' } } })
const dist = (path) => import(join(root, 'dist', 'pipeline', path))
const { readArticle } = await dist('model/train.js')
const { decodeModel, MODEL_PATH } = await dist('model/model-file.js')
const { tagNames } = await dist('stages/entities/model/model-names.js')
const { extractArticle } = await dist('index.js')

const files = readdirSync(values.corpus).filter((n) => n.endsWith('.txt')).sort().slice(0, Number(values.limit))
const inputs = files.map((name) => readArticle(extractArticle(readFileSync(join(values.corpus, name)), { path: name, stages: { entities: { model: false } } }).text))
const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0)
const words = inputs.reduce((sum, input) => sum + input.words.length, 0)

let t = performance.now()
const model = decodeModel(readFileSync(MODEL_PATH))
const loadMs = performance.now() - t
// One pass to warm the JIT, then the timed ones.
for (const input of inputs.slice(0, 200)) tagNames(input, model)
const runs = 3
t = performance.now()
let spans = 0
for (let r = 0; r < runs; r++) for (const input of inputs) spans += tagNames(input, model).length
const seconds = (performance.now() - t) / 1000 / runs
console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${words} words; model loaded in ${loadMs.toFixed(0)} ms`)
console.log(`tagger alone: ${(words / seconds / 1000).toFixed(0)}k words/s, ${(bytes / seconds / 1e6).toFixed(2)} MB/s on one core (${spans / runs} spans)`)
