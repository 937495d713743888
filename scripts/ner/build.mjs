#!/usr/bin/env node
// Resolves the name annotations of data/ner/annotations/<annotator>/<doc>.json against their texts
// (data/ner/texts/<doc>.txt) into mention offsets, as GUIDELINES.md describes.
//
//   node scripts/ner/build.mjs --check <file>...     print each file's mentions with offsets, or its problems
//   node scripts/ner/build.mjs [--annotator a]       write data/ner/ner.jsonl from one annotator's files
//                                                     (default: the first annotator folder that has the doc)
//   node scripts/ner/build.mjs --gold <dir> [--annotator a]
//                                                     also write scorer gold files (../shared/eval format)
//
// ner.jsonl holds one article per line: {"doc", "text", "entities": [{"type", "name"}],
// "mentions": [[start, end, entity index], …]} with mentions in order of position.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(new URL('../..', import.meta.url).pathname)
const dataDir = join(root, 'data', 'ner')
const TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION'])
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** Resolves one annotation against its text: { mentions: [[start, end, entity]], problems: [string] }. */
export function resolveAnnotation(annotation, text) {
  const problems = []
  const entities = Array.isArray(annotation.entities) ? annotation.entities : []
  const items = []
  entities.forEach((entity, index) => {
    if (!TYPES.has(entity.type)) problems.push(`entity ${index + 1} (${entity.name}): type must be PERSON, ORGANIZATION or LOCATION, not ${entity.type}`)
    if (typeof entity.name !== 'string' || !entity.name.trim()) problems.push(`entity ${index + 1}: no name`)
    const mentions = Array.isArray(entity.mentions) ? entity.mentions : []
    if (mentions.length === 0) problems.push(`entity ${index + 1} (${entity.name}): no mentions`)
    for (const m of mentions) {
      const surface = typeof m === 'string' ? m : m?.text
      if (typeof surface !== 'string' || surface.trim() !== surface || !surface) {
        problems.push(`entity ${index + 1} (${entity.name}): mention ${JSON.stringify(m)} is not a text without outer spaces`)
        continue
      }
      const occurrences = typeof m === 'string' ? null : m.occurrences
      if (occurrences !== null && !(Array.isArray(occurrences) && occurrences.every((n) => Number.isInteger(n) && n >= 1))) {
        problems.push(`entity ${index + 1} (${entity.name}): occurrences of "${surface}" must be a list of numbers from 1`)
        continue
      }
      items.push({ entity: index, surface, occurrences })
    }
  })
  // Longer texts first, so that a shorter one inside them is left out. The items of one text count
  // its free occurrences alike: those that list theirs take them, a plain one takes the rest.
  const bySurface = new Map()
  for (const item of items) bySurface.set(item.surface, [...(bySurface.get(item.surface) ?? []), item])
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length)
  const taken = new Uint8Array(text.length)
  const mentions = []
  const free = (start, end) => {
    for (let k = start; k < end; k++) if (taken[k]) return false
    return true
  }
  for (const surface of surfaces) {
    const group = bySurface.get(surface)
    const name = (item) => entities[item.entity].name
    const all = findAll(text, surface).filter(([start, end]) => free(start, end))
    if (all.length === 0) {
      const anywhere = findAll(text, surface).length > 0
      problems.push(`"${surface}" (${group.map(name).join(', ')}): ${anywhere ? 'every occurrence is inside a longer mention' : 'not found in the text as a whole word'}`)
      continue
    }
    const plain = group.filter((item) => !item.occurrences)
    if (plain.length > 1) problems.push(`"${surface}": listed plainly by ${plain.map(name).join(' and ')}; give occurrences to all but one`)
    const claimed = new Map()
    for (const item of group.filter((i) => i.occurrences)) {
      for (const n of item.occurrences) {
        if (!all[n - 1]) problems.push(`"${surface}" (${name(item)}): occurrence ${n} asked, the text has ${all.length} free`)
        else if (claimed.has(n)) problems.push(`"${surface}": occurrence ${n} claimed by ${name(claimed.get(n))} and ${name(item)}`)
        else claimed.set(n, item)
      }
    }
    if (plain[0]) all.forEach((_, i) => claimed.has(i + 1) || claimed.set(i + 1, plain[0]))
    for (const [n, item] of claimed) {
      const [start, end] = all[n - 1]
      taken.fill(1, start, end)
      mentions.push([start, end, item.entity])
    }
  }
  mentions.sort((a, b) => a[0] - b[0])
  return { mentions, problems }
}

function findAll(text, surface) {
  const out = []
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
    const end = at + surface.length
    if (WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(surface[0])) continue
    if (WORD_CHAR.test(text[end] ?? '') && WORD_CHAR.test(surface.at(-1))) continue
    out.push([at, end])
  }
  return out
}

const textOf = (doc) => readFileSync(join(dataDir, 'texts', basename(doc)), 'utf8')

function check(files) {
  let bad = 0
  for (const file of files) {
    let annotation
    try {
      annotation = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      console.log(`${file}: not JSON: ${error.message}`)
      bad++
      continue
    }
    const doc = annotation.doc ?? basename(file).replace(/\.json$/, '.txt')
    if (!existsSync(join(dataDir, 'texts', basename(doc)))) {
      console.log(`${file}: no text data/ner/texts/${doc}`)
      bad++
      continue
    }
    const text = textOf(doc)
    const { mentions, problems } = resolveAnnotation(annotation, text)
    console.log(`${file}: ${mentions.length} mentions, ${problems.length} problems`)
    for (const p of problems) console.log(`  problem: ${p}`)
    for (const [start, end, e] of mentions) console.log(`  ${start}-${end} ${annotation.entities[e].type.slice(0, 3)} ${text.slice(start, end)}`)
    if (problems.length) bad++
  }
  process.exit(bad ? 1 : 0)
}

function build({ annotator, gold }) {
  const annotators = readdirSync(join(dataDir, 'annotations')).sort()
  const pick = annotator ? [annotator] : annotators
  const docs = readdirSync(join(dataDir, 'texts')).filter((n) => n.endsWith('.txt')).sort()
  const lines = []
  let problems = 0
  if (gold) mkdirSync(gold, { recursive: true })
  for (const doc of docs) {
    const who = pick.find((a) => existsSync(join(dataDir, 'annotations', a, doc.replace(/\.txt$/, '.json'))))
    if (!who) continue
    const annotation = JSON.parse(readFileSync(join(dataDir, 'annotations', who, doc.replace(/\.txt$/, '.json')), 'utf8'))
    const text = textOf(doc)
    const resolved = resolveAnnotation(annotation, text)
    for (const p of resolved.problems) console.error(`${who}/${doc}: ${p}`)
    problems += resolved.problems.length
    const entities = annotation.entities.map(({ type, name }) => ({ type, name }))
    lines.push(JSON.stringify({ doc, text, entities, mentions: resolved.mentions }))
    if (gold) writeFileSync(join(gold, doc.replace(/\.txt$/, '.json')), JSON.stringify(toGold(doc, annotation, text, resolved.mentions), null, 1))
  }
  writeFileSync(join(dataDir, 'ner.jsonl'), lines.join('\n') + '\n')
  console.log(`${lines.length} articles, ${problems} problems → data/ner/ner.jsonl`)
}

// The evaluation kit's gold format: one item per entity, its other surfaces as aliases.
function toGold(doc, annotation, text, mentions) {
  const entities = { PERSON: [], ORGANIZATION: [], LOCATION: [], DATE: [], LEGAL_DOCUMENT: [], EVENT: [] }
  annotation.entities.forEach((e, i) => {
    const surfaces = [...new Set(mentions.filter((m) => m[2] === i).map(([s, t]) => text.slice(s, t)))].filter((s) => s !== e.name)
    entities[e.type].push({ name: e.name, ...(surfaces.length ? { aliases: surfaces } : {}) })
  })
  return { doc, entities }
}

// Run as a command only: other scripts import resolveAnnotation.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean' }, annotator: { type: 'string' }, gold: { type: 'string' } } })
  if (values.check) check(positionals)
  else build(values)
}
