// loadDrops: drops' tables into a DuckDB database, so that they can be queried together. Loading is
// idempotent, and loading one drop never removes or moves another drop's rows:
// - `drop_articles` says which drop holds which article. A drop's load replaces its own rows there, so
//   that an article it no longer has leaves it, and one that another drop has too is held by both;
// - an article's rows (articles, sections, mentions, person_positions, document_citations) are the
//   article's, by its id, whichever drop holds it: a load replaces the rows of its articles, and an article
//   that no drop holds any more is deleted;
// - entities and legal_documents are shared by every article, upserted by key. Their rows hold only what
//   the id determines, so it does not matter which drop wrote one; a row no mention (citation) refers to
//   any more is deleted, so the tables always hold what the articles name.
// A drop is loaded only whole and as its manifest lists it (see run/drop-outputs.ts). The tables are
// made from the schemas on first use and `trich_tables` records each one's `$id`: a drop at another
// version is refused, as changing a table's columns needs a migration. One drop, one transaction.
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { StorageError } from '../errors.js'
import { readDropOutputs } from '../drop-outputs.js'
import type { Manifest } from '../schema-types.js'
import { duckdbColumns, identifier, readTable, withDuckDB } from './duckdb.js'
import { isShared, TABLES, TABLE_KEYS, type TableName } from './tables.js'

export interface DropLoad {
  /** The drop's name, from its manifest: two outputs of one drop are the same drop. */
  drop: string
  outDir: string
  /** Rows loaded into each table. */
  rows: Record<TableName, number>
}

// Each shared table and the table whose rows refer to its rows.
const REFERRED_BY = { entities: ['mentions', 'entity_id'], legal_documents: ['document_citations', 'document_id'] } as const

interface TableFile {
  path: string
  schema: string
}

/** Loads the drops' outputs (`output/<drop>`) into the database at `dbPath`, made when missing, in order;
 * `onLoad` hears of each drop once it is loaded. A drop that cannot be loaded stops the loading, with
 * the drops before it loaded and nothing of it. */
export async function loadDrops(outDirs: string[], dbPath: string, onLoad?: (load: DropLoad) => void): Promise<DropLoad[]> {
  await mkdir(dirname(dbPath), { recursive: true })
  return withDuckDB(dbPath, {}, async (db) => {
    const loads: DropLoad[] = []
    for (const outDir of outDirs) {
      const load = await loadDrop(db, outDir)
      onLoad?.(load)
      loads.push(load)
    }
    return loads
  })
}

async function loadDrop(db: DuckDBConnection, outDir: string): Promise<DropLoad> {
  const manifest = await readDropOutputs(outDir)
  const files = tableFiles(manifest, outDir)
  await db.run('BEGIN TRANSACTION')
  try {
    await db.run('CREATE TABLE IF NOT EXISTS trich_tables (table_name VARCHAR PRIMARY KEY, schema_id VARCHAR NOT NULL)')
    await db.run('CREATE TABLE IF NOT EXISTS drop_articles (drop_name VARCHAR NOT NULL, article_id VARCHAR NOT NULL, PRIMARY KEY (drop_name, article_id))')
    for (const table of TABLES) await ensureTable(db, table, files[table].schema, outDir)
    await db.run('DELETE FROM drop_articles WHERE drop_name = $drop', { drop: manifest.drop })
    await db.run(`INSERT INTO drop_articles SELECT DISTINCT $drop, article_id FROM ${readTable(files.articles.path, files.articles.schema)}`, { drop: manifest.drop })
    const rows = {} as Record<TableName, number>
    for (const table of TABLES) {
      const source = readTable(files[table].path, files[table].schema)
      if (isShared(table)) {
        rows[table] = (await db.run(`INSERT OR REPLACE INTO ${table} BY NAME SELECT * FROM ${source}`)).rowsChanged
      } else {
        // The drop's articles, read once into drop_articles above.
        await db.run(`DELETE FROM ${table} WHERE article_id IN (SELECT article_id FROM drop_articles WHERE drop_name = $drop)`, { drop: manifest.drop })
        rows[table] = (await db.run(`INSERT INTO ${table} BY NAME SELECT * FROM ${source}`)).rowsChanged
      }
    }
    for (const table of TABLES) {
      if (!isShared(table)) await db.run(`DELETE FROM ${table} WHERE article_id NOT IN (SELECT article_id FROM drop_articles)`)
    }
    for (const [table, [referrer, key]] of Object.entries(REFERRED_BY)) await db.run(`DELETE FROM ${table} WHERE ${key} NOT IN (SELECT ${key} FROM ${referrer})`)
    await db.run('COMMIT')
    return { drop: manifest.drop, outDir, rows }
  } catch (error) {
    // DuckDB may have ended the transaction with the error already.
    await db.run('ROLLBACK').catch(() => undefined)
    throw error
  }
}

// A table's Parquet file when the drop has one, else its JSON Lines.
function tableFiles(manifest: Manifest, outDir: string): Record<TableName, TableFile> {
  const outputs = manifest.outputs ?? {}
  return Object.fromEntries(
    TABLES.map((table) => {
      const name = [`parquet/${table}.parquet`, `tables/${table}.jsonl`].find((n) => outputs[n]?.schema !== undefined)
      if (name === undefined) throw new StorageError(`${outDir}: the manifest lists no file of table ${table} (tables/${table}.jsonl): run the drop again to write its tables`)
      return [table, { path: join(outDir, name), schema: outputs[name]!.schema! }]
    }),
  ) as Record<TableName, TableFile>
}

// Makes the table on first use, from the schema of the drop's file; else checks that it is at that schema.
async function ensureTable(db: DuckDBConnection, table: TableName, schema: string, outDir: string): Promise<void> {
  const stored = (await db.runAndReadAll('SELECT schema_id FROM trich_tables WHERE table_name = $table', { table })).getRows()[0]?.[0]
  if (stored === schema) {
    // Earlier versions gave each article's row to one drop, in a column of its own.
    const owned = (await db.runAndReadAll(`SELECT 1 FROM information_schema.columns WHERE table_name = $table AND column_name = 'drop_name'`, { table })).getRows().length > 0
    if (owned) throw new StorageError(`warehouse table ${table} was made by an earlier trich, whose articles belong to one drop each: load into a new database`)
    return
  }
  if (stored !== undefined) throw new StorageError(`warehouse table ${table} is at schema ${String(stored)}, the drop ${outDir} is at ${schema}: migrate the table or load into a new database`)
  const columns = duckdbColumns(schema).map((c) => `${identifier(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`)
  await db.run(`CREATE TABLE ${table} (${columns.join(', ')}, PRIMARY KEY (${TABLE_KEYS[table].map(identifier).join(', ')}))`)
  await db.run('INSERT INTO trich_tables VALUES ($table, $schema)', { table, schema })
}
