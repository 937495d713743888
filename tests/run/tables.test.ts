// The drop's tables end to end: a run writes them as JSON Lines and Parquet, lists them in the manifest,
// `validate` checks them, and `loadDrops` loads two drops (one twice) into a fresh warehouse.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDrops, runDrop, validateDrop, type Manifest } from '../../pipeline/index.js'
import { withDuckDB } from '../../pipeline/sinks/duckdb.js'
import { TABLES } from '../../pipeline/sinks/tables.js'
import { RULES_ONLY } from '../helpers.js'

const fixture = (name: string) => new URL(`../fixtures/drops/${name}`, import.meta.url).pathname
const sample = new URL('../../input/sample', import.meta.url).pathname

describe('a drop’s tables', async () => {
  const out = mkdtempSync(join(tmpdir(), 'trich-tables-'))
  await runDrop(sample, { out, stages: RULES_ONLY })
  await runDrop(fixture('mixed'), { out, stages: RULES_ONLY })
  const manifest = (drop: string) => JSON.parse(readFileSync(join(out, drop, 'manifest.json'), 'utf8')) as Manifest
  const jsonLines = (drop: string, table: string) => readFileSync(join(out, drop, 'tables', `${table}.jsonl`), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)

  it('are listed in the manifest with their rows and schemas, and validate', async () => {
    const outputs = manifest('sample').outputs!
    expect(TABLES.map((t) => [t, outputs[`tables/${t}.jsonl`]!.rows, outputs[`parquet/${t}.parquet`]!.rows])).toEqual([
      ['articles', 1, 1],
      ['sections', 15, 15],
      ['entities', 38, 38],
      ['mentions', 64, 64],
      ['person_positions', 15, 15],
      ['legal_documents', 2, 2],
      ['document_citations', 2, 2],
    ])
    expect(outputs['tables/entities.jsonl']!.schema).toBe('https://trich.dev/schemas/tables/entities/1.0.0.json')
    expect(await validateDrop(join(out, 'sample'))).toEqual({ files: 17, problems: [] })
  })

  it('hold each entity once, and the same rows in Parquet as in JSON Lines', async () => {
    const ids = jsonLines('sample', 'entities').map((row) => row.entity_id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const table of TABLES) {
      const parquet = await withDuckDB(':memory:', {}, async (db) => {
        const rows = await db.runAndReadAll(`SELECT to_json(t)::VARCHAR AS row FROM read_parquet('${join(out, 'sample', 'parquet', `${table}.parquet`)}') t`)
        return rows.getRowObjectsJS().map((r) => JSON.parse(r.row as string) as Record<string, unknown>)
      })
      expect([table, parquet]).toEqual([table, jsonLines('sample', table)])
    }
  })

  it('load into a fresh warehouse, and loading a drop again changes nothing', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'trich-wh-')), 'warehouse.duckdb')
    await loadDrops([join(out, 'sample'), join(out, 'mixed')], db)
    const count = () =>
      withDuckDB(db, {}, async (conn) => {
        const counts: Record<string, number> = {}
        for (const table of TABLES) counts[table] = Number((await conn.runAndReadAll(`SELECT count(*) AS n FROM ${table}`)).getRowObjectsJS()[0]!.n)
        return counts
      })
    const first = await count()
    expect(first.articles).toBe(manifest('sample').counts.records + manifest('mixed').counts.records)
    expect(first.mentions).toBe(manifest('sample').outputs!['tables/mentions.jsonl']!.rows + manifest('mixed').outputs!['tables/mentions.jsonl']!.rows)
    await loadDrops([join(out, 'sample')], db)
    expect(await count()).toEqual(first)
    const offices = await withDuckDB(db, {}, async (conn) =>
      (await conn.runAndReadAll(`SELECT e.name, p.title FROM person_positions p JOIN entities e ON e.entity_id = p.person_id WHERE e.name = 'Trần Đình Văn' ORDER BY p.title`)).getRowsJS(),
    )
    expect(offices).toEqual([
      ['Trần Đình Văn', 'Phó Bí thư Thường trực Tỉnh ủy'],
      ['Trần Đình Văn', 'Trưởng Đoàn Đại biểu Quốc hội khóa XV đơn vị tỉnh Lâm Đồng'],
    ])
  })
})
