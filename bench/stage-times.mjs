#!/usr/bin/env node
// Where the time goes: runs the built pipeline in this process over a folder of articles (default: the
// dev corpus) with every stage and every recognizer timed, after a warm-up round.
//   node bench/stage-times.mjs [folder] [--rounds 3] [--build dist]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const flag = (name, value) => (args.includes(name) ? args[args.indexOf(name) + 1] : value)
const root = resolve(new URL('..', import.meta.url).pathname)
const build = join(root, flag('--build', 'dist'), 'pipeline')
const folder = args[0] && !args[0].startsWith('--') ? args[0] : join(root, '..', 'shared', 'eval', 'corpus', 'dev')
const rounds = Number(flag('--rounds', '3'))

const { PIPELINE_STAGES, buildPipeline, sha256 } = await import(pathToFileURL(join(build, 'extract.js')).href)
const { RECOGNIZERS } = await import(pathToFileURL(join(build, 'stages', 'entities', 'index.js')).href)
const { VFile } = await import('vfile')

const times = new Map()
const add = (name, ms) => times.set(name, (times.get(name) ?? 0) + ms)
const timed = PIPELINE_STAGES.map((stage) => ({ ...stage, plugin: function () {
  const { name, plugin } = stage
  const transform = plugin.call(this)
  return (tree, file) => {
    const t0 = performance.now()
    const out = transform(tree, file)
    add(name, performance.now() - t0)
    return out
  }
} }))
RECOGNIZERS.forEach((recognize, i) => {
  RECOGNIZERS[i] = Object.defineProperty((input) => {
    const t0 = performance.now()
    const out = recognize(input)
    add(`  ${recognize.name}`, performance.now() - t0)
    return out
  }, 'name', { value: recognize.name })
})
const processor = buildPipeline(timed)

const files = readdirSync(folder).filter((f) => statSync(join(folder, f)).isFile()).sort().map((f) => [f, readFileSync(join(folder, f))])
const bytes = files.reduce((n, [, b]) => n + b.length, 0)
let total = 0
for (let round = 0; round <= rounds; round++) {
  times.clear()
  const t0 = performance.now()
  for (const [path, value] of files) {
    const file = new VFile({ path, value, data: { source: { path, sha256: sha256(value), format: 'text' } } })
    processor.runSync({ type: 'RootNode', children: [] }, file)
  }
  total = performance.now() - t0
}
console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${total.toFixed(0)} ms, ${(bytes / 1e6 / (total / 1000)).toFixed(2)} MB/s (last of ${rounds} rounds after a warm-up)`)
for (const [name, ms] of times) console.log(`${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %`)
