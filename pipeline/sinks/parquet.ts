// writeParquet: one table's JSON Lines as Parquet (zstd), written by DuckDB. The same input gives the same
// bytes: one thread keeps the rows in their order and in the same row groups, and DuckDB writes no time
// stamp into the file (its `created_by` names DuckDB's version, which the lockfile pins).
import { literal, readTable, withDuckDB } from './duckdb.js'
import type { TableName } from './tables.js'

const DETERMINISTIC = { threads: '1', preserve_insertion_order: 'true' }

/** Writes the rows of `jsonlPath` to `parquetPath` with the columns of `table`'s schema (also when there
 * are none); returns how many rows it wrote. */
export async function writeParquet(jsonlPath: string, parquetPath: string, table: TableName): Promise<number> {
  return withDuckDB(':memory:', DETERMINISTIC, async (db) => {
    const copy = await db.run(`COPY (SELECT * FROM ${readTable(jsonlPath, table)}) TO ${literal(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`)
    return copy.rowsChanged
  })
}
