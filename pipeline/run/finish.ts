// The end of a run: the tables written as Parquet too, and the finished outputs moved to their final
// names.
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { hashFile } from '../hash-file.js'
import type { ParquetThread } from '../sinks/parquet-thread.js'
import { TABLES, tableSchemaIds, type TableName } from '../sinks/tables.js'
import { WORK_FILES } from './checkpoint.js'
import type { Manifest } from '../sinks/manifest.js'
import type { WrittenFile } from '../sinks/jsonl.js'
import { tableFile } from '../sinks/table-files.js'

/** Each table of `workDir` as Parquet too, beside its JSON Lines; both as the manifest lists them, with
 * their hashes and schemas. */
export async function finishTables(workDir: string, jsonl: Record<TableName, WrittenFile>, thread: ParquetThread): Promise<Record<string, WrittenFile & { schema: string }>> {
  const schemas = tableSchemaIds()
  const outputs: Record<string, WrittenFile & { schema: string }> = {}
  await mkdir(join(workDir, WORK_FILES.parquet), { recursive: true })
  for (const table of TABLES) outputs[`${WORK_FILES.tables}/${tableFile(table)}`] = { ...jsonl[table], schema: schemas[table] }
  const jobs = TABLES.map((table) => ({ table, jsonl: join(workDir, WORK_FILES.tables, tableFile(table)), parquet: join(workDir, WORK_FILES.parquet, `${table}.parquet`) }))
  const rows = await thread.write(jobs)
  for (const [i, { table, parquet }] of jobs.entries()) {
    const { size } = await stat(parquet)
    outputs[`${WORK_FILES.parquet}/${table}.parquet`] = { rows: rows[i]!, bytes: size, sha256: await hashFile(parquet), schema: schemas[table] }
  }
  return outputs
}

/** Moves the finished outputs of `workDir` to their final names in `outDir`, the manifest last: a manifest
 * in place with status `complete` means that every output beside it is whole. A run stopped while moving
 * is finished by the next, which moves what is left. The counts of the manifest in place. */
export async function moveIntoPlace(workDir: string, outDir: string): Promise<Manifest['counts']> {
  for (const name of ['articles', 'quarantine', 'tables', 'parquet', 'manifest'] as const) {
    const from = join(workDir, WORK_FILES[name])
    if (!(await stat(from).then(() => true, () => false))) continue
    if (name === 'tables' || name === 'parquet') await rm(join(outDir, WORK_FILES[name]), { recursive: true, force: true })
    await rename(from, join(outDir, WORK_FILES[name]))
  }
  await rm(workDir, { recursive: true, force: true })
  return (JSON.parse(await readFile(join(outDir, WORK_FILES.manifest), 'utf8')) as Manifest).counts
}
