#!/usr/bin/env node
// `npm run bench -- [articles=1000] [--workers N] [--only N] [--corpus dir]`: builds a synthetic drop by
// varying the dev corpus (paragraph order, a line of its own per article), runs the built pipeline
// on it with 1 and with N worker threads (N: the cores), each in a fresh process, and prints articles/s,
// MB/s, peak RSS and the scaling factor, beside a bare retext-latin parse of the same text. `--only N`
// runs N workers alone (for drops where two runs take too long).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const flag = (name, value) => (args.includes(name) ? args[args.indexOf(name) + 1] : value)
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000)
const workers = Number(flag('--workers', String(availableParallelism())))
const root = resolve(new URL('..', import.meta.url).pathname)
const corpus = resolve(flag('--corpus', join(root, '..', 'shared', 'eval', 'corpus', 'dev')))
const here = new URL(import.meta.url).pathname

if (args[0] === '--child') {
  // One measured run, in a process of its own so that its peak RSS is its own.
  const [, drop, out, n] = args
  const { runDrop } = await import(join(root, 'dist', 'pipeline', 'index.js'))
  const t0 = performance.now()
  const summary = await runDrop(drop, { out, workers: Number(n) })
  const seconds = (performance.now() - t0) / 1000
  console.log(JSON.stringify({ seconds, records: summary.records, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}
if (args[0] === '--parse') {
  const { ParseLatin } = await import('parse-latin')
  const [, drop] = args
  const texts = readdirSync(drop).map((f) => readFileSync(join(drop, f), 'utf8'))
  for (const t of texts.slice(0, 200)) new ParseLatin().parse(t)
  const t0 = performance.now()
  for (const t of texts) new ParseLatin().parse(t)
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000 }))
  process.exit(0)
}

const drop = join(tmpdir(), `trich-bench-${count}`, 'drop')
if (!existsSync(drop) || readdirSync(drop).length !== count) makeDrop(drop, count)
const bytes = readdirSync(drop).reduce((n, f) => n + statSync(join(drop, f)).size, 0)
const mb = bytes / 1e6

const child = (...rest) => {
  const run = spawnSync(process.execPath, [here, ...rest], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (run.status !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout.trim().split('\n').at(-1))
}
const out = join(tmpdir(), `trich-bench-${count}`, 'out')
rmSync(out, { recursive: true, force: true })
const only = args.includes('--only') ? Number(flag('--only')) : undefined
const one = only === undefined ? child('--child', drop, out, '1') : undefined
const many = child('--child', drop, out, String(only ?? workers))
const parse = child('--parse', drop)

const row = (name, r) => [name, r.seconds.toFixed(2), (count / r.seconds).toFixed(0), (mb / r.seconds).toFixed(2), r.maxRssMB ? r.maxRssMB.toFixed(0) : '-']
const rows = [
  ['run', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB'],
  ...(one ? [row('trich, 1 worker', one)] : []),
  row(`trich, ${only ?? workers} workers`, many),
  row('retext-latin parse alone, 1 thread', parse),
]
console.log(`${count} articles, ${mb.toFixed(1)} MB of text (${drop})`)
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
if (one) console.log(`scaling with ${workers} workers: ${(one.seconds / many.seconds).toFixed(2)}x; trich at 1 worker runs at ${((mb / one.seconds) / (mb / parse.seconds) * 100).toFixed(0)}% of parse-latin's speed`)

// Articles varied from the corpus: each gets its body's paragraphs rotated and a closing line of its
// own, so no two files are the same text.
function makeDrop(dir, n) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const sources = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpus, f), 'utf8'))
  for (let k = 0; k < n; k++) {
    const text = sources[k % sources.length]
    const paragraphs = text.split('\n')
    const body = paragraphs.slice(1)
    const turn = Math.floor(k / sources.length) % Math.max(1, body.length)
    const rotated = [paragraphs[0], ...body.slice(turn), ...body.slice(0, turn)].join('\n')
    writeFileSync(join(dir, `${String(k).padStart(7, '0')}.txt`), `${rotated}\nBài số ${k}.\n`)
  }
}
