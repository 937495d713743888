// The `trich` command as users run it (the built CLI: `npm ci` builds it).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../pipeline/index.js'
import { relist } from '../helpers.js'

const bin = new URL('../../bin/trich.js', import.meta.url).pathname
const trich = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
const fixtures = new URL('../fixtures/drops/', import.meta.url).pathname

describe('trich run', () => {
  it('writes the drop’s outputs and prints a one-line summary; exit 0 though files were quarantined', () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-cli-'))
    const result = trich('run', join(fixtures, 'mixed'), '--out', out)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`mixed: 5 files, 4 records, 3 quarantined → ${join(out, 'mixed')}\n`)
  })

  it('exits 1 with --strict when anything was quarantined', () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-cli-'))
    expect(trich('run', join(fixtures, 'mixed'), '--out', out, '--strict').status).toBe(1)
  })
})

describe('trich run with worker threads', () => {
  it('gives the same bytes with 2 workers as in one thread', () => {
    const drop = join(mkdtempSync(join(tmpdir(), 'trich-pool-')), 'many')
    mkdirSync(drop)
    const seed = readFileSync(new URL('../../input/sample/000_789aab3668f3f3db.txt', import.meta.url), 'utf8')
    const paragraphs = seed.split('\n\n')
    for (let k = 0; k < 24; k++) writeFileSync(join(drop, `${String(k).padStart(2, '0')}.txt`), [...paragraphs.slice(k % 5), ...paragraphs.slice(0, k % 5)].join('\n\n'))
    const outs = [0, 2].map((workers) => {
      const out = mkdtempSync(join(tmpdir(), 'trich-pool-out-'))
      expect(trich('run', drop, '--out', out, '--workers', String(workers)).status).toBe(0)
      return out
    })
    for (const name of ['articles.jsonl', 'quarantine.jsonl', 'manifest.json']) {
      expect(readFileSync(join(outs[1]!, 'many', name), 'utf8')).toBe(readFileSync(join(outs[0]!, 'many', name), 'utf8'))
    }
  })
})

describe('trich validate', () => {
  it('passes the outputs of a run', () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-cli-'))
    trich('run', join(fixtures, 'mixed'), '--out', out)
    const result = trich('validate', out)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('17 files validated, 0 problems\n')
  })

  it('names the file, line and path of each problem and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-cli-'))
    trich('run', join(fixtures, 'mixed'), '--out', out)
    const file = join(out, 'mixed', 'articles.jsonl')
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    const record = JSON.parse(lines[2]!) as { entities: Array<{ type: string }> }
    record.entities[0]!.type = 'PERSONA'
    lines[2] = JSON.stringify(record)
    writeFileSync(file, `${lines.join('\n')}\n`)
    const result = trich('validate', file)
    expect(result.status).toBe(1)
    expect(result.stdout.split('\n')[0]).toBe(`${file}:3: /entities/0/type must be equal to one of the allowed values: ["PERSON","ORGANIZATION","LOCATION","DATE","LEGAL_DOCUMENT","EVENT"]`)
  })
})

// Before, validate checked each file on its own: another drop's Parquet copied in, rows edited by hand,
// a manifest whose counts lie and rows naming no entity all passed, and quarantine.jsonl was read as
// records (17 false errors).
describe('trich validate, on a drop’s outputs as a whole', () => {
  const runMixed = (): string => {
    const out = mkdtempSync(join(tmpdir(), 'trich-cli-'))
    trich('run', join(fixtures, 'mixed'), '--out', out)
    return join(out, 'mixed')
  }
  const problems = (outDir: string): string[] => {
    const result = trich('validate', outDir)
    expect(result.status).toBe(1)
    return result.stdout.trim().split('\n').map((line) => line.slice(outDir.length + 1))
  }

  it('checks quarantine entries by their own schema', () => {
    const outDir = runMixed()
    expect(readFileSync(join(outDir, 'quarantine.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3)
    expect(trich('validate', outDir).status).toBe(0)
    expect(trich('validate', join(outDir, 'quarantine.jsonl')).status).toBe(0)
  })

  it('finds an output changed or added behind the manifest’s back', () => {
    const outDir = runMixed()
    const other = runMixed()
    writeFileSync(join(outDir, 'parquet', 'mentions.parquet'), readFileSync(join(other, 'parquet', 'sections.parquet')))
    writeFileSync(join(outDir, 'tables', 'extra.jsonl'), '{}\n')
    expect(problems(outDir)).toEqual([
      expect.stringMatching(/^manifest\.json:1: \/outputs parquet\/mentions\.parquet has \d+ bytes, the manifest says \d+$/u),
      'tables/extra.jsonl:1: / not listed in the manifest: not an output of this run',
      expect.stringMatching(/^parquet\/mentions\.parquet:1: \/ columns \(article_id VARCHAR, ordinal BIGINT, .*\) are not those of table mentions \(article_id VARCHAR, entity_id VARCHAR, .*\)$/u),
      expect.stringMatching(/^parquet\/mentions\.parquet:1: \/ \d+ rows, the manifest says \d+$/u),
    ])
  })

  it('finds rows and counts that disagree with the manifest, and references that name no row, though the hashes were made to agree', () => {
    const outDir = runMixed()
    const entities = readFileSync(join(outDir, 'tables', 'entities.jsonl'), 'utf8').split('\n')
    const gone = (JSON.parse(entities[0]!) as { entity_id: string }).entity_id
    writeFileSync(join(outDir, 'tables', 'entities.jsonl'), entities.slice(1).join('\n'))
    relist(outDir, 'tables/entities.jsonl')
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest
    manifest.counts.records += 1
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest))
    expect(problems(outDir)).toEqual([
      'manifest.json:1: /counts/records 5, but 4 by the files',
      `tables/mentions.jsonl:1: /entity_id 2 rows name a row that entities does not have (${gone})`,
      `tables/person_positions.jsonl:1: /organization_id 1 rows name a row that entities does not have (${gone})`,
    ])
  })

  it('finds a Parquet file that is not one', () => {
    const outDir = runMixed()
    writeFileSync(join(outDir, 'parquet', 'sections.parquet'), 'not parquet')
    relist(outDir, 'parquet/sections.parquet', 15)
    expect(problems(outDir)).toEqual([expect.stringMatching(/^parquet\/sections\.parquet:1: \/ not a Parquet file DuckDB can read: /u)])
  })
})
