// The units of work of a run: one file through the pipeline, or one batch of a JSON Lines file's lines.
// A file or line that cannot be processed is quarantined with its reason; nothing here throws for a bad
// input, and nothing is written: the caller writes, in order. Records are serialized here, where they
// are made (in the worker), so that only strings cross back to the writer.
import './v8-heap.js'
import { readFile } from 'node:fs/promises'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { prepareFile, runPipeline, sha256, type PipelineOptions } from '../extract.js'
import type { FileOutcome, FileResult, LineBatch, QuarantineEntry, TaskResult } from '../contracts.js'
import type { Article } from '../schema-types.js'
import { detectFormat, MAX_SOURCE_BYTES, mb } from '../stages/decode.js'
import type { SourceInfo } from '../stages/data.js'
import { tableRows } from '../sinks/tables.js'
import type { DropFile } from './files.js'
import { addTables, emptyTables } from '../sinks/table-files.js'

/** One plain-text or HTML file. */
export async function processFile(file: DropFile, options: PipelineOptions = {}): Promise<FileResult> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file.absolute)
  } catch (error) {
    const reason = `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    return failed(file.path, 0, '', 'unknown', { path: file.path, stage: 'read', rule: 'unreadable', reason })
  }
  const hash = sha256(bytes)
  const format = detectFormat(file.path, bytes)
  const result = runOne(prepareFile(bytes, { path: file.path, sha256: hash, format }), options)
  if ('reason' in result) return failed(file.path, bytes.length, hash, format, { ...result, path: file.path, sha256: hash })
  const tables = emptyTables()
  addTables(tables, tableRows(result))
  return {
    file: { path: file.path, size: bytes.length, sha256: hash, format, outcome: 'ok', records: [result.id] },
    records: [JSON.stringify(result)],
    ids: [result.id],
    tables,
    quarantine: [],
  }
}

/** A batch of JSON Lines articles; blank lines are skipped, each bad line is quarantined on its own. */
export function processLines(batch: LineBatch, options: PipelineOptions = {}): TaskResult {
  const out: TaskResult = { records: [], ids: [], tables: emptyTables(), quarantine: [] }
  const tooLarge = new Map(batch.tooLarge?.map(({ line, bytes }) => [line, bytes]))
  batch.lines.forEach((line, offset) => {
    const number = batch.first + offset
    const bytes = tooLarge.get(number)
    if (bytes !== undefined) {
      const reason = `line too large for one article: ${mb(bytes)} (the limit is ${mb(MAX_SOURCE_BYTES)})`
      out.quarantine.push({ path: batch.path, line: number, stage: 'decode', rule: 'too-large', reason })
      return
    }
    if (!line.trim()) return
    const lineHash = sha256(line)
    const source: SourceInfo = { path: batch.path, line: number, sha256: lineHash, format: 'jsonl', encoding: batch.encoding }
    const result = runOne(prepareFile(line, source), options)
    if ('reason' in result) out.quarantine.push({ ...result, path: batch.path, line: number, sha256: lineHash })
    else {
      out.records.push(JSON.stringify(result))
      out.ids.push(result.id)
      addTables(out.tables, tableRows(result))
    }
  })
  return out
}

type Failure = Omit<QuarantineEntry, 'path'>

function runOne(file: VFile, options: PipelineOptions): Article | Failure {
  try {
    return runPipeline(file, options)
  } catch (error) {
    if (error instanceof VFileMessage && error.fatal) {
      return { stage: error.source ?? 'pipeline', rule: error.ruleId ?? 'fatal', reason: error.reason }
    }
    // A bug must not end the run: the article is quarantined with the error, and the run goes on.
    return { stage: 'pipeline', rule: 'internal-error', reason: `internal error: ${describe(error)}` }
  }
}

/** The error and the functions it came from, without files and lines: the same in every build and thread. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const frames = (error.stack ?? '').split('\n').slice(1, 3).map((line) => line.trim().replace(/\s*\(.*\)$/u, '').replace(/^at (file|node):.*$/u, 'at <anonymous>'))
  return [`${error.name}: ${error.message}`, ...frames].join(' ')
}

export function failed(path: string, size: number, hash: string, format: FileOutcome['format'], entry: QuarantineEntry): FileResult {
  return { file: { path, size, sha256: hash, format, outcome: 'quarantined', reason: entry.reason, records: [] }, records: [], ids: [], tables: emptyTables(), quarantine: [entry] }
}
