// Validation of a drop's outputs, as users' CI runs it. A drop's output folder is checked as a whole: the
// manifest against its schema; the inventory (every output it lists is there, with its size, sha256 and
// rows, and nothing else is); every file by its kind, as the manifest names its schema (records, with
// their offsets; quarantine entries; table rows); the Parquet files' columns and rows, through DuckDB;
// the counts; and the references between tables. A single file is checked by its kind, from its name.
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import { createInterface } from 'node:readline'
import type { DuckDBConnection } from '@duckdb/node-api'
import { interrupted, outputMismatches, readManifest } from './drop-outputs.js'
import type { Article, Manifest } from './schema-types.js'
import { schemaIds, validate } from './schemas.js'
import { duckdbColumns, readTable, withDuckDB } from './sinks/duckdb.js'
import { TABLES, type TableName } from './sinks/tables.js'
import { offsetProblems } from './stages/validate.js'

export interface Problem {
  file: string
  /** 1-based line (JSON Lines), or 1 for a whole file. */
  line: number
  path: string
  message: string
}

export interface Validated {
  /** Files checked. */
  files: number
  problems: Problem[]
}

// What trich writes beside the outputs a manifest lists: its mark, the review report, a run's working
// folders.
const UNLISTED = new Set(['manifest.json', '.trich-output.json', '.trich-lock', '.trich-lock.owner', '.trich-run', '.trich-dist', 'report'])

// The references between tables: each column, the table and key it names, and whether it may be null.
const REFERENCES: Array<{ table: TableName; column: string; to: TableName; key: string }> = [
  ...(['sections', 'mentions', 'person_positions', 'document_citations'] as const).map((table) => ({ table, column: 'article_id', to: 'articles' as const, key: 'article_id' })),
  { table: 'mentions', column: 'entity_id', to: 'entities', key: 'entity_id' },
  { table: 'person_positions', column: 'person_id', to: 'entities', key: 'entity_id' },
  { table: 'person_positions', column: 'organization_id', to: 'entities', key: 'entity_id' },
  { table: 'document_citations', column: 'document_id', to: 'legal_documents', key: 'document_id' },
]

/** Checks `target`: a drop's output folder (it has manifest.json), a folder of them, or one file. */
export async function validateTarget(target: string): Promise<Validated> {
  const found = await stat(target)
  if (!found.isDirectory()) return { files: 1, problems: await validateFile(target) }
  if (await exists(join(target, 'manifest.json'))) return validateDrop(target)
  const drops = (await readdir(target, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(target, e.name))
  const out: Validated = { files: 0, problems: [] }
  for (const drop of drops.sort()) {
    if (!(await exists(join(drop, 'manifest.json')))) continue
    const one = await validateDrop(drop)
    out.files += one.files
    out.problems.push(...one.problems)
  }
  if (out.files === 0) out.problems.push({ file: target, line: 1, path: '/', message: "no manifest.json here nor in its folders: not a drop's output nor a folder of them" })
  return out
}

/** Checks a drop's output folder as a whole (see the head of this file). */
export async function validateDrop(outDir: string): Promise<Validated> {
  const problems: Problem[] = []
  const at = (name: string, line: number, path: string, message: string): void => void problems.push({ file: join(outDir, name), line, path, message })
  let manifest: Manifest
  try {
    manifest = await readManifest(outDir)
  } catch (error) {
    at('manifest.json', 1, '/', (error as Error).message)
    return { files: 1, problems }
  }
  if (manifest.status !== 'complete') {
    at('manifest.json', 1, '/status', interrupted(manifest))
    return { files: 1, problems }
  }
  const outputs = manifest.outputs ?? {}
  const mismatches = await outputMismatches(outDir, manifest)
  for (const { problem } of mismatches) at('manifest.json', 1, '/outputs', problem)
  for (const name of await unlisted(outDir, outputs)) at(name, 1, '/', 'not listed in the manifest: not an output of this run')
  const ids = schemaIds()
  const tableOf = new Map(TABLES.map((table) => [ids[`table-${table}`]!, table]))
  const present = Object.entries(outputs).filter(([name]) => !mismatches.some((m) => m.missing && m.name === name))
  // One DuckDB for the Parquet files and the references: opening one costs more than a check.
  await withDuckDB(':memory:', {}, async (db) => {
    for (const [name, listed] of present) {
      if (!listed?.schema) continue
      const path = join(outDir, name)
      const rows = name.endsWith('.parquet') ? await parquetProblems(db, path, listed.schema, tableOf, problems) : await jsonLinesProblems(path, listed.schema, problems)
      if (rows !== undefined && rows !== listed.rows) at(name, 1, '/', `${rows} rows, the manifest says ${listed.rows}`)
    }
    const { counts, files = [] } = manifest
    const tally = (outcome: string) => files.filter((f) => f.outcome === outcome).length
    const expected: Array<[string, number, number | undefined]> = [
      ['files', counts.files, files.length],
      ['files_ok', counts.files_ok, tally('ok')],
      ['files_quarantined', counts.files_quarantined, tally('quarantined')],
      ['files_skipped', counts.files_skipped, tally('skipped')],
      ['records', counts.records, outputs['articles.jsonl']?.rows],
      ['quarantined', counts.quarantined, outputs['quarantine.jsonl']?.rows],
    ]
    for (const [count, value, actual] of expected) if (actual !== undefined && value !== actual) at('manifest.json', 1, `/counts/${count}`, `${value}, but ${actual} by the files`)
    const tableFiles = Object.fromEntries(TABLES.map((table) => [table, present.find(([name, listed]) => name.startsWith('tables/') && listed?.schema && tableOf.get(listed.schema) === table)]))
    if (TABLES.every((table) => tableFiles[table])) {
      for (const p of await referenceProblems(db, Object.fromEntries(TABLES.map((t) => [t, { path: join(outDir, tableFiles[t]![0]), schema: tableFiles[t]![1]!.schema! }])) as Record<TableName, TableFile>)) {
        problems.push({ ...p, file: join(outDir, tableFiles[p.file as TableName]![0]) })
      }
    }
  })
  return { files: Object.keys(outputs).length + 1, problems }
}

/** The problems of one file, by its kind: `manifest.json`, `quarantine.jsonl`, `tables/<t>.jsonl`,
 * `parquet/<t>.parquet`, or records (any other `.jsonl`). */
export async function validateFile(file: string): Promise<Problem[]> {
  const ids = schemaIds()
  const problems: Problem[] = []
  const name = basename(file)
  const folder = basename(dirname(file))
  const table = name.replace(/\.(jsonl|parquet)$/u, '')
  if (name.endsWith('.json')) {
    try {
      await readManifest(dirname(file), name)
    } catch (error) {
      problems.push({ file, line: 1, path: '/', message: (error as Error).message })
    }
    return problems
  }
  if (name.endsWith('.parquet')) {
    const schema = folder === 'parquet' ? ids[`table-${table}`] : undefined
    if (!schema) return [{ file, line: 1, path: '/', message: 'not a table of trich: a Parquet file is checked as parquet/<table>.parquet' }]
    await withDuckDB(':memory:', {}, (db) => parquetProblems(db, file, schema, new Map([[schema, table as TableName]]), problems))
    return problems
  }
  const schema = name === 'quarantine.jsonl' ? ids.quarantine! : folder === 'tables' && ids[`table-${table}`] ? ids[`table-${table}`]! : ids.article!
  await jsonLinesProblems(file, schema, problems)
  return problems
}

/** Checks every line of a JSON Lines file against `schema` (records also for their offsets); its rows. */
async function jsonLinesProblems(file: string, schema: string, problems: Problem[]): Promise<number> {
  const isArticle = schema === schemaIds().article
  let rows = 0
  let line = 0
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++
    if (!text.trim()) continue
    rows++
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      problems.push({ file, line, path: '/', message: `invalid JSON: ${(error as Error).message}` })
      continue
    }
    const found = validate(schema, value)
    for (const p of found) problems.push({ file, line, ...p })
    if (found.length === 0 && isArticle) {
      for (const p of offsetProblems(value as Article)) {
        const space = p.indexOf(' ')
        problems.push({ file, line, path: p.slice(0, space), message: p.slice(space + 1) })
      }
    }
  }
  return rows
}

/** Checks a Parquet table's columns against its schema, through DuckDB; its rows, or undefined when it
 * cannot be read. */
async function parquetProblems(db: DuckDBConnection, file: string, schema: string, tableOf: Map<string, TableName>, problems: Problem[]): Promise<number | undefined> {
  const table = tableOf.get(schema)
  if (!table) {
    problems.push({ file, line: 1, path: '/', message: `no table has the schema ${schema}` })
    return undefined
  }
  try {
    const source = readTable(file, schema)
    const columns = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJS().map((c) => `${String(c.column_name)} ${String(c.column_type)}`)
    const expected = duckdbColumns(schema).map((c) => `${c.name} ${c.type}`)
    if (columns.join(', ') !== expected.join(', ')) problems.push({ file, line: 1, path: '/', message: `columns (${columns.join(', ')}) are not those of table ${table} (${expected.join(', ')})` })
    return Number((await db.runAndReadAll(`SELECT count(*) FROM ${source}`)).getRows()[0]![0])
  } catch (error) {
    problems.push({ file, line: 1, path: '/', message: `not a Parquet file DuckDB can read: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
}

interface TableFile {
  path: string
  schema: string
}

/** Rows whose references name no row of the table they refer to; each problem's `file` is its table. */
async function referenceProblems(db: DuckDBConnection, files: Record<TableName, TableFile>): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const { table, column, to, key } of REFERENCES) {
    const sql = `SELECT ${column} AS value, count(*) AS n FROM ${readTable(files[table].path, files[table].schema)} AS r
      WHERE ${column} IS NOT NULL AND ${column} NOT IN (SELECT ${key} FROM ${readTable(files[to].path, files[to].schema)})
      GROUP BY ${column} ORDER BY ${column}`
    const dangling = (await db.runAndReadAll(sql)).getRowObjectsJS()
    const rows = dangling.reduce((sum, d) => sum + Number(d.n), 0)
    if (rows === 0) continue
    const shown = dangling.slice(0, 3).map((d) => String(d.value)).join(', ')
    problems.push({ file: table, line: 1, path: `/${column}`, message: `${rows} rows name ${column === 'article_id' ? 'an article' : 'a row'} that ${to} does not have (${shown}${dangling.length > 3 ? ', …' : ''})` })
  }
  return problems
}

/** The files under `outDir` that the manifest does not list, nor trich writes beside the outputs. */
async function unlisted(outDir: string, outputs: NonNullable<Manifest['outputs']>): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const name = relative(outDir, path).split(sep).join('/')
      if (dir === outDir && UNLISTED.has(entry.name)) continue
      if (entry.isDirectory()) await walk(path)
      else if (!(name in outputs)) out.push(name)
    }
  }
  await walk(outDir)
  return out.sort()
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false)
