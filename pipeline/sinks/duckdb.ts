// DuckDB for the table sinks: a table's columns derived from its JSON Schema, the SQL that reads one of
// its files (Parquet, or JSON Lines with those columns' types), and a database opened for one task.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import type { DuckDBConnection } from '@duckdb/node-api'
import { UsageError } from '../errors.js'
import { schemaDir } from '../paths.js'
import { schemaIds } from '../schemas.js'

export type DuckDBType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]'

export interface DuckDBColumn {
  name: string
  type: DuckDBType
  nullable: boolean
}

interface PropertySchema {
  type?: string | string[]
  enum?: unknown[]
  items?: { type?: string }
}

const SCALAR_TYPES: Record<string, DuckDBType> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN' }

/** The columns of a table, in its schema's property order; `schema` is a table name or a schema `$id`. */
export function duckdbColumns(schema: string): DuckDBColumn[] {
  const ids = schemaIds()
  const name = `table-${schema}` in ids ? `table-${schema}` : Object.keys(ids).find((n) => n.startsWith('table-') && ids[n] === schema)
  if (name === undefined) throw new Error(`trich: no table schema ${schema} in ${schemaDir}`)
  const { properties } = JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8')) as { properties: Record<string, PropertySchema> }
  return Object.entries(properties).map(([column, property]) => ({ name: column, ...columnType(property, `${name}.${column}`) }))
}

// An `enum` without a `type` takes the type of its values.
function columnType(property: PropertySchema, where: string): Omit<DuckDBColumn, 'name'> {
  const types = property.type === undefined ? [...new Set((property.enum ?? []).map((v) => (v === null ? 'null' : typeof v)))] : [property.type].flat()
  const [base, ...more] = types.filter((t) => t !== 'null')
  const type = base === 'array' && property.items?.type === 'string' ? 'VARCHAR[]' : SCALAR_TYPES[base ?? '']
  if (type === undefined || more.length > 0) throw new Error(`trich: ${where}: no DuckDB type for ${JSON.stringify(property)}`)
  return { type, nullable: types.includes('null') }
}

/** `name` as an SQL identifier (`end` is a reserved word). */
export const identifier = (name: string): string => `"${name.replaceAll('"', '""')}"`

export const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`

/** A file's path as DuckDB's readers take it: they read a path as a pattern (`*`, `?`, `[…]`), so each of
 * those characters is made a class of itself, and the path names that one file only. */
export const literalPath = (path: string): string => path.replace(/[[*?]/gu, (c) => `[${c}]`)

/** The table function that reads a table's file: Parquet as it is, JSON Lines with the column types of
 * `schema` (a table name or a schema `$id`). */
export function readTable(path: string, schema: string): string {
  if (path.endsWith('.parquet')) return `read_parquet(${literal(literalPath(path))})`
  const columns = duckdbColumns(schema).map((c) => `${literal(c.name)}: ${literal(c.type)}`)
  // The reader's buffers grow with the largest row it allows (16 MB by default); no row is larger than
  // an article's text, 1,000,000 characters (at most 3 bytes each in UTF-8, and a few escapes).
  return `read_json(${literal(literalPath(path))}, format = 'newline_delimited', maximum_object_size = ${MAX_ROW_BYTES}, columns = {${columns.join(', ')}})`
}

const MAX_ROW_BYTES = 8 * 1024 * 1024

/** DuckDB's module, loaded on first use: loading its native library takes ~0.25 s that commands which do
 * not need it should not pay. Required, not imported: an import has Node scan the package's CommonJS
 * for its exports first (~60 ms). */
export const loadDuckDB = (): typeof import('@duckdb/node-api') => createRequire(import.meta.url)('@duckdb/node-api') as typeof import('@duckdb/node-api')

/** Opens the database at `path` (`:memory:` for none), gives `use` a connection, and closes both. */
export async function withDuckDB<T>(path: string, config: Record<string, string>, use: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  // DuckDB cuts a database's path at a '?' (its write-ahead log then goes elsewhere, and commits fail).
  if (path !== ':memory:' && path.includes('?')) throw new UsageError(`${path}: DuckDB cannot keep a database at a path with "?" in it: choose another --db`)
  const { DuckDBInstance } = loadDuckDB()
  const instance = await DuckDBInstance.create(path, config)
  const db = await instance.connect()
  try {
    return await use(db)
  } finally {
    db.closeSync()
    instance.closeSync()
  }
}
