// The drop's normalized tables as JSON Lines, one file per table, written in the drop's order beside the
// records. Entities and legal documents are shared by the drop's articles: each is written once, the
// first time it is met, so a table of them has one row per key.
import { createReadStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { TABLE_KEYS, TABLES, type TableName } from '../sinks/tables.js'
import { JsonLinesWriter, type WrittenFile } from './output.js'

/** A task's rows, each serialized, by table. */
export type SerializedRows = Record<TableName, string[]>

export type TableProgress = Record<TableName, { bytes: number; rows: number }>

const SHARED: ReadonlySet<TableName> = new Set(['entities', 'legal_documents'])

const keyOf = (table: TableName, row: string): string => {
  const values = JSON.parse(row) as Record<string, unknown>
  return TABLE_KEYS[table].map((column) => String(values[column])).join('\u0000')
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
      if (keep && SHARED.has(table) && keep[table].rows > 0) {
        const lines = createInterface({ input: createReadStream(join(dir, tableFile(table)), { end: keep[table].bytes - 1 }), crlfDelay: Infinity })
        for await (const line of lines) if (line) seen[table].add(keyOf(table, line))
      }
    }
    return new TableFiles(writers, seen)
  }

  async write(rows: SerializedRows): Promise<void> {
    for (const table of TABLES) {
      for (const row of rows[table]) {
        if (SHARED.has(table)) {
          const key = keyOf(table, row)
          if (this.seen[table].has(key)) continue
          this.seen[table].add(key)
        }
        await this.writers[table].write(row)
      }
    }
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
