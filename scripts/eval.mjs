#!/usr/bin/env node
// `npm run eval [-- --min <f1>] [-- --verbose]`: runs the pipeline on the shared evaluation corpus
// (../shared/eval/corpus/dev, or $TRICH_EVAL_DIR) and prints the shared scorer's table for it. With
// --min, exits 1 when the overall F1 is below that floor. The scorer stays in ../shared.
// $TRICH_BUILD (a build folder other than dist/) and $TRICH_EVAL_OUT (an output folder other than
// output/eval) let several builds be evaluated side by side.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const minAt = args.indexOf('--min')
const min = minAt === -1 ? null : Number(args[minAt + 1])
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
const scorer = spawnSync(process.execPath, [
  join(evalDir, 'score.mjs'), '--gold', join(evalDir, 'gold', 'dev'), '--records', join(summary.outDir, 'articles.jsonl'),
  ...(args.includes('--verbose') ? ['--verbose'] : []),
], { encoding: 'utf8' })
process.stdout.write(scorer.stdout)
process.stderr.write(scorer.stderr)
if (scorer.status !== 0) process.exit(scorer.status ?? 2)
const overall = Number(/overall F1 ([\d.]+)/.exec(scorer.stdout)?.[1])
if (min !== null && !(overall >= min)) {
  console.error(`eval: overall F1 ${overall} is below the floor ${min}`)
  process.exit(1)
}
