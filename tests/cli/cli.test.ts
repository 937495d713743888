// The `trich` command as users run it (the built CLI: `npm ci` builds it).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

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
    expect(result.stderr).toBe('9 files validated, 0 problems\n')
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
