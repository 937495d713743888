// A run's checkpoints, so that a run killed at any moment (SIGKILL, a crash, the power) can be taken up by
// running it again. Outputs are written in the drop's order, so what is done is always a prefix of the
// drop: after each input's outputs, a checkpoint line records the lengths of the working files and the
// counts at that point. A new run takes up the last checkpoint whose lengths the files reach (a line may
// reach the disk before the bytes it counts) and whose inputs are unchanged (by content hash), cuts the
// files back to it, and goes on; the final bytes are those of a run that was never stopped. A JSON Lines
// file, which may hold a million articles, is checkpointed after each batch of its lines too: a run
// stopped inside it goes on from its last batch, if the part of the file read so far is unchanged.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { hashFile } from '../hash-file.js'
import { version } from '../version.js'
import type { FileCounts, RunHead } from '../sinks/manifest.js'
import { TABLES, type TableName } from '../sinks/tables.js'
import { TextFileWriter } from '../sinks/jsonl.js'
import { tableFile, type TableProgress } from '../sinks/table-files.js'

/** How far a JSON Lines file had got: its lines before `line` are written. They lie in the file's first
 * `bytes` bytes, of hash `sha256`; `records` of them were records, starting at byte `articlesFrom` of the
 * records' file, and `quarantined` lists the others that were quarantined. */
export interface InFile {
  line: number
  bytes: number
  sha256: string
  records: number
  quarantined: number[]
  articlesFrom: number
}

/** Where the outputs stood after the first `done` inputs (and, with `inFile`, part of the next one). */
export interface Checkpoint {
  done: number
  /** The last input (or, with `inFile`, the one under way): its path in the drop and the hash of its
   * bytes ('' when it could not be read, or while it is under way). */
  path: string
  sha256: string
  inFile?: InFile
  /** Its first record's id, if it has one. */
  record?: string
  articles: { bytes: number; rows: number }
  quarantine: { bytes: number; rows: number }
  manifest: { bytes: number; counts: FileCounts }
  tables: TableProgress
}

export const WORK_FILES = { articles: 'articles.jsonl', quarantine: 'quarantine.jsonl', manifest: 'manifest.json', checkpoints: 'checkpoints.jsonl', tables: 'tables', parquet: 'parquet' }

/** The first input of the drop with some content: its path, and its record's id. */
export interface FirstCopy {
  path: string
  record?: string
}

/** An input of the drop, as the run lists it. */
export interface Input {
  path: string
  /** Absent for a file that could not be read. */
  absolute?: string
}

export interface Resumed {
  /** The checkpoint to go on from; undefined to start from the beginning. */
  from?: Checkpoint
  /** The run had finished and only its outputs were still to be moved into place. */
  complete: boolean
  /** The first input with each content hash among those done, for `duplicate_of`. */
  seen: Map<string, FirstCopy>
}

export class Checkpoints {
  private constructor(readonly out: TextFileWriter) {}

  /**
   * Reads the checkpoints a stopped run left in `dir` (if any) against the drop's inputs, and opens the
   * file to go on writing them. A run of another version of the pipeline, or with other stage options,
   * is not taken up.
   */
  static async open(dir: string, { drop, stages }: Pick<RunHead, 'drop' | 'stages'>, inputs: readonly Input[]): Promise<{ checkpoints: Checkpoints; resumed: Resumed }> {
    const path = join(dir, WORK_FILES.checkpoints)
    const header = JSON.stringify({ trich_checkpoints: 1, version, drop, stages })
    const resumed = await readCheckpoints(dir, header, inputs)
    const checkpoints = new Checkpoints(await TextFileWriter.open(path, resumed.keep))
    if (resumed.keep === 0) await checkpoints.out.write(`${header}\n`)
    return { checkpoints, resumed }
  }

  record(checkpoint: Checkpoint): Promise<void> {
    return this.out.write(`${JSON.stringify(checkpoint)}\n`)
  }

  /** Marks the run finished: outputs complete, to be moved into place. */
  async complete(): Promise<void> {
    await this.out.write(`${JSON.stringify({ complete: true })}\n`)
    await this.out.finish()
  }
}

async function readCheckpoints(dir: string, header: string, inputs: readonly Input[]): Promise<Resumed & { keep: number }> {
  const fresh = { complete: false, seen: new Map<string, FirstCopy>(), keep: 0 }
  const path = join(dir, WORK_FILES.checkpoints)
  const sizes = await Promise.all(['articles', 'quarantine', 'manifest'].map((name) => sizeOf(join(dir, WORK_FILES[name as keyof typeof WORK_FILES]))))
  const tableSizes = Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await sizeOf(join(dir, WORK_FILES.tables, tableFile(table)))]))) as Record<TableName, number>
  if ((await sizeOf(path)) === 0) return fresh
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let from: Checkpoint | undefined
  let keep = 0
  let read = 0
  // The last checkpoint after a whole input, to fall back on if a file under way has changed.
  let whole: { from: Checkpoint | undefined; keep: number } = { from: undefined, keep: 0 }
  const seen = new Map<string, FirstCopy>()
  for await (const line of lines) {
    const end = read + Buffer.byteLength(line) + 1
    read = end
    if (keep === 0) {
      if (line !== header) break
      keep = end
      continue
    }
    let entry: (Checkpoint & { complete?: undefined }) | { complete: true }
    try {
      entry = JSON.parse(line) as typeof entry
    } catch {
      break // the last line, cut short by the kill
    }
    if (entry.complete) {
      lines.close()
      // Complete for the inputs it had: an input added since (sorting after them) is run, from there.
      const all = (from?.done ?? 0) === inputs.length
      return { from, complete: all, seen, keep: all ? end : keep }
    }
    const reached =
      entry.articles.bytes <= sizes[0]! && entry.quarantine.bytes <= sizes[1]! && entry.manifest.bytes <= sizes[2]! && TABLES.every((table) => entry.tables[table].bytes <= tableSizes[table])
    const done = from?.done ?? 0
    if (entry.inFile) {
      // Part of the next input, after a whole one or after an earlier part of the same.
      if (!reached || entry.done !== done || inputs[done]?.path !== entry.path || (from?.inFile && from.path !== entry.path)) break
    } else {
      const input = inputs[entry.done - 1]
      if (!reached || input?.path !== entry.path || entry.done !== done + 1) break
      // A changed input is processed again, and so is everything after it.
      if (input.absolute && (await hashFile(input.absolute).catch(() => '')) !== entry.sha256) break
      if (entry.sha256 && !seen.has(entry.sha256)) seen.set(entry.sha256, { path: entry.path, record: entry.record })
    }
    from = entry
    keep = end
    if (!entry.inFile) whole = { from, keep }
  }
  lines.close()
  // A file under way is taken up only if what was read of it is unchanged; else it is done again.
  if (from?.inFile) {
    const absolute = inputs[from.done]?.absolute
    if (!absolute || (await hashPrefix(absolute, from.inFile.bytes).catch(() => '')) !== from.inFile.sha256) ({ from, keep } = whole)
  }
  return from ? { from, complete: false, seen, keep } : fresh
}

async function hashPrefix(path: string, bytes: number): Promise<string> {
  const hash = createHash('sha256')
  if (bytes > 0) for await (const chunk of createReadStream(path, { end: bytes - 1 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function sizeOf(path: string): Promise<number> {
  return stat(path).then((s) => s.size, () => 0)
}
