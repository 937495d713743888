// The DuckDB sinks: a table's columns come from its schema; its Parquet file reads back as its JSON Lines,
// and is the same bytes each time; drops load into the warehouse idempotently, a re-processed drop
// replaces its rows, and a drop at another schema version is refused.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDrops, runDrop, type Manifest } from '../../pipeline/index.js'
import { duckdbColumns, withDuckDB } from '../../pipeline/sinks/duckdb.js'
import { writeParquet } from '../../pipeline/sinks/parquet.js'
import { TABLES, tableRows, tableSchemaIds, type TableName, type TableRows } from '../../pipeline/sinks/tables.js'
import { extractWithRules, RULES_ONLY } from '../helpers.js'

// Thái Thanh Quý holds one office in 2022, in two articles (the second says only "Tỉnh ủy", of the province
// it is about), and another in 2024; Nghị quyết 15-NQ/TW is cited by all three articles, Quyết định 23-QĐ/TW
// by one.
const QUY_2022 = {
  path: 'quy.txt',
  text: `date 2022-03-20 Chiều 19/3, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW ngày 13/1/2022 của Bộ Chính trị.

Hội nghị diễn ra tại thành phố Vinh.

HOÀNG LAM`,
}
const THONG_2022 = {
  path: 'thong.txt',
  text: 'date 2022-04-02 Sáng 1/4, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy và đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW và Quyết định số 23-QĐ/TW của Bộ Chính trị.',
}
const QUY_2024 = { path: 'quy.txt', text: 'date 2024-08-10 Sáng 9/8, đồng chí Thái Thanh Quý - Trưởng Ban Kinh tế Trung ương làm việc tại Hà Nội về Nghị quyết số 15-NQ/TW.' }

const ART_QUY_2022 = 'art_bd6b08ee3393ee2852b1'
const ART_THONG_2022 = 'art_dffceae714a55d6fb773'
const ART_QUY_2024 = 'art_ce1622e28e9809489be0'

const QUERIES = readFileSync(new URL('../../docs/queries.sql', import.meta.url), 'utf8')
  .split(/;\s*$/m)
  .filter((sql) => sql.trim() !== '')
const [OFFICES, MOST_CITED] = QUERIES as [string, string]

type Article = { path: string; text: string }

// The rows of a drop's articles, each entity and document once, as the runner writes them.
function dropRows(articles: Article[]): TableRows {
  const records = articles.map(({ path, text }) => tableRows(extractWithRules(text, { path })))
  const all = <T extends TableName>(table: T) => records.flatMap((r) => r[table] as unknown[]) as TableRows[T]
  const once = <R>(rows: R[], key: (row: R) => string) => rows.filter((row, i) => rows.findIndex((other) => key(other) === key(row)) === i)
  return {
    articles: all('articles'),
    sections: all('sections'),
    entities: once(all('entities'), (e) => e.entity_id),
    mentions: all('mentions'),
    person_positions: all('person_positions'),
    legal_documents: once(all('legal_documents'), (d) => d.document_id),
    document_citations: all('document_citations'),
  }
}

const jsonLines = (rows: object[]): string => rows.map((row) => `${JSON.stringify(row)}\n`).join('')

/** A drop's output as `trich run` writes it, from the articles as files of a drop folder; `schemas`
 * rewrites the tables' schema ids in its manifest, as a drop of another version would list them. */
async function writeDrop(root: string, drop: string, articles: Article[], { schemas }: { schemas?: Record<TableName, string> } = {}): Promise<string> {
  const input = join(root, 'inputs', drop)
  mkdirSync(input, { recursive: true })
  for (const { path, text } of articles) writeFileSync(join(input, path), text)
  const { outDir } = await runDrop(input, { out: root, name: drop, stages: RULES_ONLY })
  if (schemas) {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest
    for (const table of TABLES) for (const name of [`tables/${table}.jsonl`, `parquet/${table}.parquet`]) manifest.outputs![name]!.schema = schemas[table]
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest))
  }
  return outDir
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'trich-duckdb-'))

/** What each of `sqls` gives on the database at `path` (`:memory:` for none). */
async function queries(path: string, sqls: string[]): Promise<Record<string, unknown>[][]> {
  return withDuckDB(path, {}, async (db) => {
    const results = []
    for (const sql of sqls) results.push((await db.runAndReadAll(sql)).getRowObjectsJS())
    return results
  })
}

const query = async (path: string, sql: string) => (await queries(path, [sql]))[0]!

// A table's rows as JSON, as DuckDB reads them from its file.
const readBack = async (file: string) => (await query(':memory:', `SELECT to_json(t)::VARCHAR AS row FROM '${file}' t`)).map((r) => JSON.parse(r.row as string) as unknown)

// Every row of every table, in one order.
const contents = (db: string) => queries(db, TABLES.map((t) => `SELECT * FROM ${t} ORDER BY ALL`))

const rowCounts = async (db: string) => Object.fromEntries((await queries(db, TABLES.map((t) => `SELECT count(*) AS n FROM ${t}`))).map(([row], i) => [TABLES[i], Number(row!.n)]))

describe('duckdbColumns', () => {
  it('gives a table’s columns in its schema’s order, typed from their JSON types, nullable where null is allowed', () => {
    expect(duckdbColumns('articles')).toEqual([
      { name: 'article_id', type: 'VARCHAR', nullable: false },
      { name: 'source_path', type: 'VARCHAR', nullable: false },
      { name: 'source_line', type: 'BIGINT', nullable: true },
      { name: 'source_sha256', type: 'VARCHAR', nullable: false },
      { name: 'source_format', type: 'VARCHAR', nullable: false },
      { name: 'encoding', type: 'VARCHAR', nullable: false },
      { name: 'encoding_confidence', type: 'DOUBLE', nullable: false },
      { name: 'url', type: 'VARCHAR', nullable: true },
      { name: 'original_id', type: 'VARCHAR', nullable: true },
      { name: 'publication', type: 'VARCHAR', nullable: true },
      { name: 'published', type: 'VARCHAR', nullable: true },
      { name: 'title', type: 'VARCHAR', nullable: true },
      { name: 'lead', type: 'VARCHAR', nullable: true },
      { name: 'authors', type: 'VARCHAR[]', nullable: false },
      { name: 'text_length', type: 'BIGINT', nullable: false },
      { name: 'entity_count', type: 'BIGINT', nullable: false },
      { name: 'mention_count', type: 'BIGINT', nullable: false },
      { name: 'warning_count', type: 'BIGINT', nullable: false },
      { name: 'duplicate_of', type: 'VARCHAR', nullable: true },
    ])
  })

  it('types an enum by its values and a boolean as BOOLEAN; finds a schema by its $id too', () => {
    const mentions = duckdbColumns(tableSchemaIds().mentions)
    expect(mentions.find((c) => c.name === 'section_kind')).toEqual({ name: 'section_kind', type: 'VARCHAR', nullable: true })
    expect(mentions.find((c) => c.name === 'date_inferred')).toEqual({ name: 'date_inferred', type: 'BOOLEAN', nullable: true })
    expect(duckdbColumns('mentions')).toEqual(mentions)
  })

  it('knows no schema it does not have', () => {
    expect(() => duckdbColumns('https://trich.dev/schemas/tables/mentions/1.1.0.json')).toThrow(/^trich: no table schema https:\/\/trich.dev\/schemas\/tables\/mentions\/1.1.0.json in /)
  })
})

describe('writeParquet', () => {
  const rows = dropRows([QUY_2022, THONG_2022, QUY_2024])

  it.each(TABLES)('writes %s so that DuckDB reads back its JSON Lines rows, in their order, with the schema’s types', async (table) => {
    const dir = tempDir()
    writeFileSync(join(dir, 'in.jsonl'), jsonLines(rows[table]))
    expect(await writeParquet([{ jsonl: join(dir, 'in.jsonl'), parquet: join(dir, 'out.parquet'), table }])).toEqual([rows[table].length])
    expect(await readBack(join(dir, 'out.parquet'))).toEqual(rows[table])
    const described = await query(':memory:', `DESCRIBE SELECT * FROM '${join(dir, 'out.parquet')}'`)
    expect(described.map((c) => ({ name: c.column_name, type: c.column_type }))).toEqual(duckdbColumns(table).map(({ name, type }) => ({ name, type })))
  })

  it('writes the same bytes from the same rows', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'in.jsonl'), jsonLines(rows.mentions))
    await writeParquet([{ jsonl: join(dir, 'in.jsonl'), parquet: join(dir, 'first.parquet'), table: 'mentions' }])
    await writeParquet([{ jsonl: join(dir, 'in.jsonl'), parquet: join(dir, 'second.parquet'), table: 'mentions' }])
    expect(readFileSync(join(dir, 'second.parquet')).equals(readFileSync(join(dir, 'first.parquet')))).toBe(true)
  })

  it('writes an empty table as a file with the table’s columns and no rows', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'in.jsonl'), '')
    expect(await writeParquet([{ jsonl: join(dir, 'in.jsonl'), parquet: join(dir, 'out.parquet'), table: 'person_positions' }])).toEqual([0])
    expect(await readBack(join(dir, 'out.parquet'))).toEqual([])
    const described = await query(':memory:', `DESCRIBE SELECT * FROM '${join(dir, 'out.parquet')}'`)
    expect(described.map((c) => c.column_name)).toEqual(['article_id', 'person_id', 'title', 'role', 'organization', 'organization_id', 'organization_inferred', 'start', 'end', 'reported'])
  })
})

describe('loadDrops', () => {
  it('loads two drops, one of them twice: the second load changes nothing', async () => {
    const root = tempDir()
    const db = join(root, 'warehouse.duckdb')
    const march = await writeDrop(root, '2022-03', [QUY_2022, THONG_2022])
    const august = await writeDrop(root, '2024-08', [QUY_2024])
    const MARCH = { drop: '2022-03', outDir: march, rows: { articles: 2, sections: 4, entities: 12, mentions: 18, person_positions: 3, legal_documents: 2, document_citations: 3 } }
    const AUGUST = { drop: '2024-08', outDir: august, rows: { articles: 1, sections: 1, entities: 5, mentions: 5, person_positions: 1, legal_documents: 1, document_citations: 1 } }
    expect(await loadDrops([march, august], db)).toEqual([MARCH, AUGUST])
    const loaded = await contents(db)
    expect(await loadDrops([march], db)).toEqual([MARCH])
    expect(await contents(db)).toEqual(loaded)
    // Entities are counted once across drops: Thái Thanh Quý, Nghị quyết 15-NQ/TW, Bộ Chính trị…
    expect(await rowCounts(db)).toEqual({ articles: 3, sections: 5, entities: 15, mentions: 23, person_positions: 4, legal_documents: 2, document_citations: 4 })
    expect(await query(db, OFFICES)).toEqual([
      { person: 'Nguyễn Văn Thông', office: 'Phó Bí thư Thường trực Tỉnh ủy Nghệ An', first_reported: '2022-04-02', last_reported: '2022-04-02', articles: [ART_THONG_2022] },
      { person: 'Thái Thanh Quý', office: 'Bí thư Tỉnh ủy Nghệ An', first_reported: '2022-03-20', last_reported: '2022-04-02', articles: [ART_QUY_2022, ART_THONG_2022] },
      { person: 'Thái Thanh Quý', office: 'Trưởng Ban Kinh tế Trung ương', first_reported: '2024-08-10', last_reported: '2024-08-10', articles: [ART_QUY_2024] },
    ])
    expect(await query(db, MOST_CITED)).toEqual([
      { kind: 'Nghị quyết', number: '15-NQ/TW', citations: 3n, articles: 3n, issued: ['2022-01-13'] },
      { kind: 'Quyết định', number: '23-QĐ/TW', citations: 1n, articles: 1n, issued: [] },
    ])
    expect(await query(db, 'SELECT drop_name, article_id FROM drop_articles ORDER BY ALL')).toEqual([
      { drop_name: '2022-03', article_id: ART_QUY_2022 },
      { drop_name: '2022-03', article_id: ART_THONG_2022 },
      { drop_name: '2024-08', article_id: ART_QUY_2024 },
    ])
  })

  it('replaces a re-processed drop’s rows, and drops the entities no article mentions any more', async () => {
    const root = tempDir()
    const db = join(root, 'warehouse.duckdb')
    await loadDrops([await writeDrop(root, '2022-03', [QUY_2022, THONG_2022]), await writeDrop(root, '2024-08', [QUY_2024])], db)
    const reprocessed = await writeDrop(join(root, 'again'), '2022-03', [QUY_2022])
    await loadDrops([reprocessed], db)
    expect(await rowCounts(db)).toEqual({ articles: 2, sections: 4, entities: 12, mentions: 14, person_positions: 2, legal_documents: 1, document_citations: 2 })
    expect(await query(db, `SELECT count(*) AS n FROM entities WHERE name IN ('Nguyễn Văn Thông', '23-QĐ/TW')`)).toEqual([{ n: 0n }])
    expect(await query(db, MOST_CITED)).toEqual([{ kind: 'Nghị quyết', number: '15-NQ/TW', citations: 2n, articles: 2n, issued: ['2022-01-13'] }])
  })

  // Before, the rows of an article two drops held went to the drop loaded last: loading `dev` after
  // `sample` left `sample` with no article.
  it('keeps an article that two drops hold in both, whatever the order of their loads', async () => {
    const root = tempDir()
    const db = join(root, 'warehouse.duckdb')
    const march = await writeDrop(root, '2022-03', [QUY_2022, THONG_2022])
    const resent = await writeDrop(root, '2022-03-resent', [QUY_2022])
    await loadDrops([march, resent], db)
    const holders = `SELECT drop_name FROM drop_articles WHERE article_id = '${ART_QUY_2022}' ORDER BY drop_name`
    expect(await query(db, holders)).toEqual([{ drop_name: '2022-03' }, { drop_name: '2022-03-resent' }])
    const loaded = await contents(db)
    await loadDrops([march], db)
    expect(await contents(db)).toEqual(loaded)
    // Re-processed without that article, one drop lets go of it; the other keeps it, with all its rows.
    await loadDrops([await writeDrop(join(root, 'again'), '2022-03', [THONG_2022])], db)
    expect(await query(db, holders)).toEqual([{ drop_name: '2022-03-resent' }])
    expect(await contents(db)).toEqual(loaded)
  })

  it('refuses, with a sentence, a drop whose outputs disagree with their manifest, and loads nothing of it', async () => {
    const root = tempDir()
    const db = join(root, 'warehouse.duckdb')
    const march = await writeDrop(root, '2022-03', [QUY_2022, THONG_2022])
    const august = await writeDrop(root, '2024-08', [QUY_2024])
    // Another drop's mentions copied in.
    writeFileSync(join(march, 'parquet', 'mentions.parquet'), readFileSync(join(august, 'parquet', 'mentions.parquet')))
    await expect(loadDrops([march], db)).rejects.toThrow(new RegExp(`^${march}: the outputs disagree with their manifest \\(parquet/mentions.parquet has \\d+ bytes, the manifest says \\d+\\): run the drop again$`, 'u'))
    rmSync(join(august, 'tables', 'sections.jsonl'))
    await expect(loadDrops([august], db)).rejects.toThrow(`${august}: the outputs disagree with their manifest (tables/sections.jsonl is missing): run the drop again`)
  })

  it('refuses a drop whose tables are at another schema version, and loads nothing of it', async () => {
    const root = tempDir()
    const db = join(root, 'warehouse.duckdb')
    await loadDrops([await writeDrop(root, '2022-03', [QUY_2022])], db)
    const mentions = 'https://trich.dev/schemas/tables/mentions/1.1.0.json'
    const newer = await writeDrop(root, '2024-08', [QUY_2024], { schemas: { ...tableSchemaIds(), mentions } })
    await expect(loadDrops([newer], db)).rejects.toThrow(
      `warehouse table mentions is at schema https://trich.dev/schemas/tables/mentions/1.0.0.json, the drop ${newer} is at ${mentions}: migrate the table or load into a new database`,
    )
    expect(await rowCounts(db)).toEqual({ articles: 1, sections: 3, entities: 9, mentions: 9, person_positions: 1, legal_documents: 1, document_citations: 1 })
    expect(await query(db, 'SELECT table_name, schema_id FROM trich_tables WHERE table_name = \'mentions\'')).toEqual([{ table_name: 'mentions', schema_id: tableSchemaIds().mentions }])
  })
})
