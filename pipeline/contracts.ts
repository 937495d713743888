// The types that several parts of trich share: what the runner gives a worker (a task) and what it gets
// back (a result), what a file's manifest entry says, and a quarantine entry. The records' and tables'
// types are generated from the schemas (schema-types.ts).
import type { QuarantineEntry } from './schema-types.js'
import type { SerializedTables } from './sinks/table-files.js'
import type { PipelineOptions } from './extract.js'
import type { SourceFormat } from './stages/data.js'
import type { DropFile } from './run/files.js'

export type { QuarantineEntry }

export interface FileOutcome {
  path: string
  size: number
  sha256: string
  format: SourceFormat | 'unknown'
  outcome: 'ok' | 'quarantined' | 'skipped'
  reason?: string
  records: string[]
  /** JSON Lines: the lines that were quarantined (the others are records). */
  quarantined_lines?: number[]
}

/** A batch of a JSON Lines file: its lines from line `first` (1-based) on, decoded. */
export interface LineBatch {
  path: string
  first: number
  lines: string[]
  encoding: string
  /** Lines longer than one article may be, read but not kept (each is empty in `lines`). */
  tooLarge?: Array<{ line: number; bytes: number }>
}

export interface TaskResult {
  /** The records, each one JSON line (without its line break). */
  records: string[]
  ids: string[]
  /** The records' rows of the drop's tables, serialized the same way. */
  tables: SerializedTables
  quarantine: QuarantineEntry[]
}

export interface FileResult extends TaskResult {
  file: FileOutcome
}

/** One file or one batch of lines, and how to run the pipeline on it: the time each article may take,
 * and the stages' options. */
export type Task = ({ file: DropFile } | { batch: LineBatch }) & PipelineOptions
