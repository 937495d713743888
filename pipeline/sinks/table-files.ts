// The drop's normalized tables as JSON Lines, one file per table, written in the drop's order beside the
// records. Entities and legal documents are shared by the drop's articles: each is written once, the
// first time it is met, so a table of them has one row per key.
import { createReadStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { SHARED_TABLES, TABLE_KEYS, TABLES, isShared, type SharedTable, type TableName } from './tables.js'
import { JsonLinesWriter, type WrittenFile } from './jsonl.js'


/** A task's rows, each serialized, by table; for the shared tables, each row's key too (so that the
 * writer need not parse rows to tell a new entity from one it has written). */
export interface SerializedTables {
  rows: Record<TableName, string[]>
  keys: Record<SharedTable, string[]>
}

export type TableProgress = Record<TableName, { bytes: number; rows: number }>

const rowKey = (table: TableName, row: Record<string, unknown>): string => TABLE_KEYS[table].map((column) => String(row[column])).join('\u0000')

export const emptyTables = (): SerializedTables => ({
  rows: Object.fromEntries(TABLES.map((table) => [table, []])) as unknown as Record<TableName, string[]>,
  keys: { entities: [], legal_documents: [] },
})

/** Adds rows (by table, as `tableRows` gives them) to `into`, serialized. */
export function addTables(into: SerializedTables, rows: { [T in TableName]: object[] }): void {
  for (const table of TABLES) {
    for (const row of rows[table]) {
      into.rows[table].push(JSON.stringify(row))
      if (isShared(table)) into.keys[table].push(rowKey(table, row as Record<string, unknown>))
    }
  }
}

/** Appends `from`'s rows to `into`'s. */
export function mergeTables(into: SerializedTables, from: SerializedTables): void {
  for (const table of TABLES) into.rows[table].push(...from.rows[table])
  for (const table of SHARED_TABLES) into.keys[table].push(...from.keys[table])
}

export const tableFile = (table: TableName): string => `${table}.jsonl`

export class TableFiles {
  private constructor(
    readonly writers: Record<TableName, JsonLinesWriter>,
    readonly seen: Record<TableName, Set<string>>,
  ) {}

  /** New table files in `dir`, or, with `keep`, those a stopped run left, cut back to it. */
  static async open(dir: string, keep?: TableProgress): Promise<TableFiles> {
    await mkdir(dir, { recursive: true })
    const writers = {} as Record<TableName, JsonLinesWriter>
    const seen = {} as Record<TableName, Set<string>>
    for (const table of TABLES) {
      writers[table] = await JsonLinesWriter.open(join(dir, tableFile(table)), keep?.[table])
      seen[table] = new Set()
      // The keys written before the stop are written already: read them back from what is kept.
      if (keep && isShared(table) && keep[table].rows > 0) {
        const lines = createInterface({ input: createReadStream(join(dir, tableFile(table)), { end: keep[table].bytes - 1 }), crlfDelay: Infinity })
        for await (const line of lines) if (line) seen[table].add(rowKey(table, JSON.parse(line) as Record<string, unknown>))
      }
    }
    return new TableFiles(writers, seen)
  }

  async write(tables: SerializedTables): Promise<void> {
    for (const table of TABLES) {
      await this.writers[table].writeMany(isShared(table) ? this.#unseen(table, tables) : tables.rows[table])
    }
  }

  /** The rows of a shared table whose keys are not written yet (each once, the first time). */
  #unseen(table: SharedTable, tables: SerializedTables): string[] {
    const seen = this.seen[table]
    const keys = tables.keys[table]
    const rows: string[] = []
    tables.rows[table].forEach((row, i) => {
      if (seen.has(keys[i]!)) return
      seen.add(keys[i]!)
      rows.push(row)
    })
    return rows
  }

  async flush(): Promise<void> {
    for (const table of TABLES) await this.writers[table].file.flush()
  }

  progress(): TableProgress {
    return Object.fromEntries(TABLES.map((table) => [table, { bytes: this.writers[table].file.bytes, rows: this.writers[table].rows }])) as TableProgress
  }

  async finish(): Promise<Record<TableName, WrittenFile>> {
    const written = {} as Record<TableName, WrittenFile>
    for (const table of TABLES) written[table] = await this.writers[table].finish()
    return written
  }

  async close(): Promise<void> {
    await Promise.all(TABLES.map((table) => this.writers[table].file.close()))
  }
}
