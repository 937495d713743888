// Shared helpers: the rules alone; every offset a record holds must point into its text; an output edited by hand; the
// system programs a suite drives.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { extractArticle, type Article, type ExtractOptions, type Manifest } from '../pipeline/index.js'

export function expectOffsetsInText(record: Article): void {
  const { text } = record
  for (const s of record.sections) expect(s.end).toBeLessThanOrEqual(text.length)
  for (const a of record.authors) if (a.text !== undefined) expect(text.slice(a.start, a.end)).toBe(a.text)
  for (const e of record.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    for (const p of e.positions ?? []) if (p.start !== undefined) expect(text.slice(p.start, p.end)).toBe(p.title)
  }
  if (record.publication?.start !== undefined) expect(text.slice(record.publication.start, record.publication.end)).toBe(record.publication.tag)
}

/** Lists `name` in the drop's manifest with its size and hash as they are now (and `rows`, or its lines),
 * as someone who edits an output and its manifest would: what only the contents can tell. */
export function relist(outDir: string, name: string, rows?: number): void {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest
  const bytes = readFileSync(join(outDir, name))
  const listed = manifest.outputs![name]
  manifest.outputs![name] = { ...listed, rows: rows ?? bytes.toString().split('\n').length - 1, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest))
}

/** Whether the system program at `path` that a suite drives is installed. Where it is not, the suite is
 * skipped with a warning, but in CI (CI=true) it fails instead: a green CI run has run every suite. */
export function installed(path: string, install: string): boolean {
  if (existsSync(path)) return true
  if (process.env.CI === 'true') throw new Error(`${path} is missing, and CI=true asks for every suite: ${install}`)
  console.warn(`${path} is missing: the suite that drives it is NOT run (${install})`)
  return false
}

/** The stage settings of the rules alone: the specifications of the rules, and of what is made of their
 * records, run without the name tagger, whose own tests are in tests/model/. */
export const RULES_ONLY = { entities: { model: false } } as const

/** extractArticle with the rules alone. */
export const extractWithRules = (input: string | Uint8Array, options: ExtractOptions = {}): Article => extractArticle(input, { ...options, stages: RULES_ONLY })
