#!/usr/bin/env node
// The agreement between the two independent annotations of the doubly annotated articles
// (data/ner/annotations/primary and …/second): entity F1 of one against the other, mentions matched
// exactly (type, start and end), by type and over all.
//   node scripts/ner/agreement.mjs
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveAnnotation } from './build.mjs'

const dataDir = join(resolve(new URL('../..', import.meta.url).pathname), 'data', 'ner')
const read = (who, doc) => JSON.parse(readFileSync(join(dataDir, 'annotations', who, doc), 'utf8'))
const docs = readdirSync(join(dataDir, 'annotations', 'second')).filter((n) => n.endsWith('.json')).sort()
const counts = {}
const add = (type, key) => {
  for (const t of [type, 'ALL']) (counts[t] ??= { a: 0, b: 0, both: 0 })[key]++
}
for (const doc of docs) {
  const text = readFileSync(join(dataDir, 'texts', doc.replace(/\.json$/, '.txt')), 'utf8')
  const mentions = (who) => {
    const annotation = read(who, doc)
    return new Set(resolveAnnotation(annotation, text).mentions.map(([s, e, i]) => `${annotation.entities[i].type}\0${s}\0${e}`))
  }
  const a = mentions('primary')
  const b = mentions('second')
  for (const m of a) add(m.split('\0')[0], 'a')
  for (const m of b) {
    add(m.split('\0')[0], 'b')
    if (a.has(m)) add(m.split('\0')[0], 'both')
  }
}
console.log(`${docs.length} articles annotated twice: entity F1 of one annotation against the other (mentions matched exactly)`)
for (const [type, { a, b, both }] of Object.entries(counts).sort()) {
  console.log(`${type.padEnd(13)} F1 ${((2 * both) / (a + b)).toFixed(3)}  (${both} agreed; ${a} primary, ${b} second)`)
}
