// writeParquet: one table's JSON Lines as Parquet (zstd), written by DuckDB. The same input gives the same
// bytes: one thread keeps the rows in their order and in the same row groups, and DuckDB writes no time
// stamp into the file (its `created_by` names DuckDB's version, which the lockfile pins).
import { literal, readTable, withDuckDB } from './duckdb.js'
import type { TableName } from './tables.js'

const DETERMINISTIC = { threads: '1', preserve_insertion_order: 'true' }
// Rows are held in memory a row group at a time: DuckDB's default (122,880 rows) took the run of a
// 100,000-article drop past 700 MB, on the mentions table.
const ROW_GROUP_SIZE = 16_384

export interface ParquetJob {
  jsonl: string
  parquet: string
  table: TableName
}

/** Writes the rows of each job's JSON Lines to its Parquet file with the columns of its table's schema
 * (also when there are none); returns how many rows each got. One DuckDB for all: opening one costs
 * more than converting a drop's tables. */
export async function writeParquet(jobs: readonly ParquetJob[]): Promise<number[]> {
  return withDuckDB(':memory:', DETERMINISTIC, async (db) => {
    const rows: number[] = []
    for (const { jsonl, parquet, table } of jobs) {
      const copy = await db.run(`COPY (SELECT * FROM ${readTable(jsonl, table)}) TO ${literal(parquet)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`)
      rows.push(copy.rowsChanged)
    }
    return rows
  })
}
