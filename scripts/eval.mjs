#!/usr/bin/env node
// `npm run eval [-- options]`: runs the pipeline on the shared evaluation sets and prints the shared
// scorer's table for each. The scorer stays in ../shared/eval.
//
//   --set dev|general|all   which set (default: all; each is scored on its own)
//   --eval-dir <dir>        the evaluation kit (default ../shared/eval)
//   --out <dir>             where the records go (default output/eval)
//   --build <dir>           the build to evaluate (default dist), for side-by-side comparisons
//   --floor <file>          exit 1 when an F1 is below the floor the file gives for its set:
//                           {"dev": {"overall": 0.94, "PERSON": 0.94, …}, "general": {…}}
//   --no-model              rules only: the pipeline without its name tagger
//   --verbose               the scorer's list of missed and spurious items per article
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

const root = resolve(new URL('..', import.meta.url).pathname)
const SETS = ['dev', 'general']
let options
try {
  ;({ values: options } = parseArgs({
    options: {
      set: { type: 'string', default: 'all' },
      'eval-dir': { type: 'string', default: join(root, '..', 'shared', 'eval') },
      out: { type: 'string', default: join(root, 'output', 'eval') },
      build: { type: 'string', default: 'dist' },
      floor: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      'no-model': { type: 'boolean', default: false },
    },
  }))
} catch (error) {
  fail(error.message)
}
const sets = options.set === 'all' ? SETS : [options.set]
if (!sets.every((s) => SETS.includes(s))) fail(`--set must be dev, general or all, not "${options.set}"`)
const evalDir = resolve(options['eval-dir'])
const floor = options.floor ? readJson(options.floor, 'floor file') : null

const { runDrop } = await import(pathToFileURL(join(root, options.build, 'pipeline', 'index.js')).href)
const below = []
for (const set of sets) {
  const corpus = join(evalDir, 'corpus', set)
  const gold = join(evalDir, 'gold', set)
  if (!existsSync(corpus) || !existsSync(gold)) fail(`no evaluation set "${set}" at ${corpus} and ${gold} (see --eval-dir)`)
  const summary = await runDrop(corpus, { out: resolve(options.out), ...(options['no-model'] ? { stages: { entities: { model: false } } } : {}) })
  const score = (...extra) =>
    spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', gold, '--records', join(summary.outDir, 'articles.jsonl'), ...extra], { encoding: 'utf8' })
  const table = score(...(options.verbose ? ['--verbose'] : []))
  process.stdout.write(`== ${set} ==\n${table.stdout}`)
  process.stderr.write(table.stderr)
  if (table.status !== 0) process.exit(table.status ?? 2)
  const result = JSON.parse(score('--json').stdout)
  for (const [type, f1] of Object.entries(floor?.[set] ?? {})) {
    const got = type === 'overall' ? result.overall : result.types[type]?.f1
    if (!(got >= f1)) below.push(`${set} ${type} F1 ${got?.toFixed(3)} < ${f1}`)
  }
}
if (below.length > 0) {
  console.error(`eval: below the floor: ${below.join('; ')}`)
  process.exit(1)
}

function readJson(path, what) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    fail(`cannot read the ${what} ${path}: ${error.message}`)
  }
}

function fail(message) {
  console.error(`eval: ${message}`)
  process.exit(2)
}
