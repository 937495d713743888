#!/usr/bin/env node
// `npm run eval [-- --min <f1>] [-- --floor <file>] [-- --verbose]`: runs the pipeline on the shared
// evaluation corpus (../shared/eval/corpus/dev, or $TRICH_EVAL_DIR) and prints the shared scorer's table
// for it. With --min, exits 1 when the overall F1 is below that floor; with --floor, when the overall F1
// or any type's F1 is below the floor the file gives (JSON: {"overall": 0.94, "PERSON": 0.94, …}).
// The scorer stays in ../shared.
// $TRICH_BUILD (a build folder other than dist/) and $TRICH_EVAL_OUT (an output folder other than
// output/eval) let several builds be evaluated side by side.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : null)
const min = valueOf('--min') === null ? null : Number(valueOf('--min'))
const floor = valueOf('--floor') === null ? null : JSON.parse(readFileSync(valueOf('--floor'), 'utf8'))
const root = resolve(new URL('..', import.meta.url).pathname)
const { runDrop } = await import(pathToFileURL(join(root, process.env.TRICH_BUILD ?? 'dist', 'pipeline', 'index.js')).href)
const evalDir = resolve(process.env.TRICH_EVAL_DIR ?? join(root, '..', 'shared', 'eval'))
const corpus = join(evalDir, 'corpus', 'dev')
if (!existsSync(corpus)) {
  console.error(`eval: no evaluation corpus at ${corpus} (set TRICH_EVAL_DIR)`)
  process.exit(2)
}
const out = resolve(process.env.TRICH_EVAL_OUT ?? join(root, 'output', 'eval'))
const summary = await runDrop(corpus, { out })
const score = (...extra) => spawnSync(process.execPath, [
  join(evalDir, 'score.mjs'), '--gold', join(evalDir, 'gold', 'dev'), '--records', join(summary.outDir, 'articles.jsonl'), ...extra,
], { encoding: 'utf8' })
const table = score(...(args.includes('--verbose') ? ['--verbose'] : []))
process.stdout.write(table.stdout)
process.stderr.write(table.stderr)
if (table.status !== 0) process.exit(table.status ?? 2)
const result = JSON.parse(score('--json').stdout)
const below = []
if (min !== null && !(result.overall >= min)) below.push(`overall F1 ${result.overall.toFixed(3)} < ${min}`)
for (const [type, f1] of Object.entries(floor ?? {})) {
  const got = type === 'overall' ? result.overall : result.types[type]?.f1
  if (!(got >= f1)) below.push(`${type} F1 ${got?.toFixed(3)} < ${f1}`)
}
if (below.length > 0) {
  console.error(`eval: below the floor: ${below.join('; ')}`)
  process.exit(1)
}
