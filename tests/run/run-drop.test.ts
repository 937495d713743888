import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDrop, validateFile, type Article, type Manifest } from '../../pipeline/index.js'
import { expectOffsetsInText } from '../helpers.js'

const drop = new URL('../fixtures/drops/mixed', import.meta.url).pathname
const run = async () => {
  const out = mkdtempSync(join(tmpdir(), 'trich-'))
  const summary = await runDrop(drop, { out })
  const read = (name: string): string => readFileSync(join(summary.outDir, name), 'utf8')
  return { summary, read, out }
}

describe('a drop run', async () => {
  const { summary, read } = await run()
  const records = read('articles.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Article)
  const manifest = JSON.parse(read('manifest.json')) as Manifest
  const quarantine = read('quarantine.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)

  it('writes one record per article, in the order of the drop’s files and lines', () => {
    expect(records.map((r) => [r.source.path, r.source.line ?? null, r.source.format])).toEqual([
      ['a-plain.txt', null, 'text'],
      ['c-feed.jsonl', 1, 'jsonl'],
      ['c-feed.jsonl', 3, 'jsonl'],
      ['nested/b-page.html', null, 'html'],
    ])
    for (const r of records) expectOffsetsInText(r)
    expect(summary).toMatchObject({ drop: 'mixed', files: 5, records: 4, quarantined: 3 })
  })

  it('quarantines bad inputs with their reasons and goes on', () => {
    expect(quarantine.map((q) => [q.path, q.line ?? null, q.rule])).toEqual([
      ['c-feed.jsonl', 2, 'invalid-json'],
      ['d-empty.txt', null, 'undecodable'],
      ['e-image.txt', null, 'undecodable'],
    ])
    expect(quarantine[2]!.reason).toBe('binary file: PNG image')
  })

  it('accounts for every file in the manifest, which validates', async () => {
    expect(manifest.files!.map((f) => [f.path, f.outcome, f.records.length])).toEqual([
      ['a-plain.txt', 'ok', 1],
      ['c-feed.jsonl', 'ok', 2],
      ['d-empty.txt', 'quarantined', 0],
      ['e-image.txt', 'quarantined', 0],
      ['nested/b-page.html', 'ok', 1],
    ])
    expect(manifest.files![1]!.quarantined_lines).toEqual([2])
    expect(manifest.counts).toEqual({ files: 5, files_ok: 3, files_quarantined: 2, files_skipped: 0, records: 4, quarantined: 3 })
    expect(await validateFile(join(summary.outDir, 'manifest.json'))).toEqual([])
    expect(await validateFile(join(summary.outDir, 'articles.jsonl'))).toEqual([])
  })

  it('reads JSON Lines fields, keeping odd keys as data', () => {
    const [first, , third] = [records[1]!, null, records[2]!]
    expect(first).toMatchObject({ title: 'Hà Nội giảm biên chế', published: '2017-02-06', source: { original_id: 'x-1' } })
    expect(first.authors.map((a) => a.name)).toEqual(['Khánh Vũ'])
    expect(third.source.original_id).toBe('../../etc/passwd')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads HTML: title, date, lead, caption and author', () => {
    const page = records[3]!
    expect(page).toMatchObject({ title: 'Quảng Ninh đón khách quốc tế', published: '2023-02-05' })
    expect(page.authors.map((a) => a.name)).toEqual(['Thu Hằng'])
    expect(page.sections.map((s) => s.kind)).toEqual(['title', 'lead', 'paragraph', 'caption', 'byline'])
    expect(page.text).not.toContain('Trang chủ')
  })

  it('gives the same bytes on a second run', async () => {
    const again = await run()
    for (const name of ['articles.jsonl', 'quarantine.jsonl', 'manifest.json']) expect(again.read(name)).toBe(read(name))
  })

  it('has `validate` name the line and path of a record broken by hand', async () => {
    const broken = records.map((r) => JSON.stringify(r))
    const edited = JSON.parse(broken[1]!) as Record<string, unknown>
    edited.published = 'yesterday'
    broken[1] = JSON.stringify(edited)
    const file = join(mkdtempSync(join(tmpdir(), 'trich-')), 'articles.jsonl')
    writeFileSync(file, `${broken.join('\n')}\n`)
    const problems = await validateFile(file)
    expect(problems.map((p) => [p.line, p.path])).toContainEqual([2, '/published'])
  })
})
