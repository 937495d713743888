// One input file through the pipeline: read, hash, split JSON Lines into articles, run the stages on
// each. A file or line that cannot be processed is quarantined with its reason; nothing here throws
// for a bad input, and nothing is written: the caller writes, in order.
import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { runPipeline, sha256 } from '../extract.js'
import type { Article } from '../schema-types.js'
import { decodeBytes, detectFormat, UndecodableError } from '../stages/decode.js'
import type { SourceFormat } from '../stages/data.js'
import type { DropFile } from './files.js'

export interface QuarantineEntry {
  path: string
  line?: number
  sha256?: string
  stage: string
  rule: string
  reason: string
}

export interface FileOutcome {
  path: string
  size: number
  sha256: string
  format: SourceFormat | 'unknown'
  outcome: 'ok' | 'quarantined'
  reason?: string
  records: string[]
  /** JSON Lines: the lines that were quarantined (the others are records). */
  quarantined_lines?: number[]
}

export interface FileResult {
  file: FileOutcome
  /** The records, each serialized as one JSON line (without its line break): serialization happens
   * where the record was made, in the worker, and only strings cross back to the writer. */
  records: string[]
  quarantine: QuarantineEntry[]
}

export async function processFile(file: DropFile): Promise<FileResult> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file.absolute)
  } catch (error) {
    const reason = `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    return failed(file.path, 0, '', 'unknown', { path: file.path, stage: 'read', rule: 'unreadable', reason })
  }
  const hash = sha256(bytes)
  const format = detectFormat(file.path, bytes)
  if (format !== 'jsonl') {
    const result = runOne(new VFile({ path: file.path, value: bytes, data: { source: { path: file.path, sha256: hash, format } } }))
    if ('reason' in result) return failed(file.path, bytes.length, hash, format, { ...result, path: file.path, sha256: hash })
    return { file: { path: file.path, size: bytes.length, sha256: hash, format, outcome: 'ok', records: [result.id] }, records: [JSON.stringify(result)], quarantine: [] }
  }
  return processJsonLines(file, bytes, hash)
}

function processJsonLines(file: DropFile, bytes: Uint8Array, hash: string): FileResult {
  let decoded
  try {
    decoded = decodeBytes(bytes)
  } catch (error) {
    if (!(error instanceof UndecodableError)) throw error
    return failed(file.path, bytes.length, hash, 'jsonl', { path: file.path, sha256: hash, stage: 'decode', rule: 'undecodable', reason: error.message })
  }
  const records: Article[] = []
  const quarantine: QuarantineEntry[] = []
  const lines = decoded.text.split(/\r\n|\n|\r/)
  lines.forEach((line, index) => {
    if (!line.trim()) return
    const lineHash = sha256(line)
    const source = { path: file.path, line: index + 1, sha256: lineHash, format: 'jsonl' as const, encoding: decoded.encoding, encodingConfidence: decoded.confidence }
    const result = runOne(new VFile({ path: file.path, value: line, data: { source } }))
    if ('reason' in result) quarantine.push({ ...result, path: file.path, line: index + 1, sha256: lineHash })
    else records.push(result)
  })
  const outcome: FileOutcome = { path: file.path, size: bytes.length, sha256: hash, format: 'jsonl', outcome: records.length > 0 ? 'ok' : 'quarantined', records: records.map((r) => r.id) }
  if (records.length === 0) outcome.reason = quarantine.length > 0 ? `no line could be processed (${quarantine[0]!.reason})` : 'no articles in the file'
  if (quarantine.length > 0) outcome.quarantined_lines = quarantine.map((q) => q.line!)
  if (records.length === 0 && quarantine.length === 0) quarantine.push({ path: file.path, sha256: hash, stage: 'assemble', rule: 'no-text', reason: outcome.reason! })
  return { file: outcome, records: records.map((r) => JSON.stringify(r)), quarantine }
}

type Failure = Omit<QuarantineEntry, 'path'>

function runOne(file: VFile): Article | Failure {
  try {
    return runPipeline(file)
  } catch (error) {
    if (error instanceof VFileMessage && error.fatal) {
      return { stage: error.source ?? 'pipeline', rule: error.ruleId ?? 'fatal', reason: error.reason }
    }
    // A bug must not end the run: the article is quarantined with the error, and the run goes on.
    return { stage: 'pipeline', rule: 'internal-error', reason: `internal error: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(error)}` }
  }
}

function failed(path: string, size: number, hash: string, format: FileOutcome['format'], entry: QuarantineEntry): FileResult {
  return { file: { path, size, sha256: hash, format, outcome: 'quarantined', reason: entry.reason, records: [] }, records: [], quarantine: [entry] }
}
