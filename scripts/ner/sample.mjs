#!/usr/bin/env node
// Picks the articles of news2017 to annotate for the name tagger and writes their cleaned text (the
// text trich's records hold, which the annotations' offsets point into) to data/ner/texts/<doc>.txt.
// The pick is deterministic: files ordered by sha256("trich-ner\0" + name), those of 800 to 9,000
// characters of text kept, the first N (default 330) taken.
//   node scripts/ner/sample.mjs [--corpus ../shared/corpus/news2017] [--count 330]
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const root = resolve(new URL('../..', import.meta.url).pathname)
const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus', 'news2017') }, count: { type: 'string', default: '330' } } })
const { extractArticle } = await import(pathToFileURL(join(root, 'dist', 'pipeline', 'index.js')).href)
const order = (name) => createHash('sha256').update(`trich-ner\0${name}`).digest('hex')
const names = readdirSync(values.corpus).filter((n) => n.endsWith('.txt')).sort((a, b) => order(a).localeCompare(order(b)))
const out = join(root, 'data', 'ner', 'texts')
mkdirSync(out, { recursive: true })
let taken = 0
for (const name of names) {
  if (taken >= Number(values.count)) break
  const { text } = extractArticle(readFileSync(join(values.corpus, name)), { path: name })
  if (text.length < 800 || text.length > 9000) continue
  writeFileSync(join(out, name), text)
  taken++
}
console.log(`${taken} texts in ${out}`)
