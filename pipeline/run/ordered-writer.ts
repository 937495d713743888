// The writer of a run: results come back in any order and are written in the drop's order, each write
// after the one before it. A window bounds the tasks given out but not yet written, so memory stays flat
// however large the drop. After each input (and each batch of a JSON Lines file) a checkpoint records how
// far the working files go; every so often they go to the disk, the checkpoints last.
import { join } from 'node:path'
import PQueue from 'p-queue'
import type { ParquetThread } from '../sinks/parquet-thread.js'
import { Checkpoints, WORK_FILES, type Checkpoint, type FirstCopy, type InFile } from './checkpoint.js'
import { markDuplicate } from './duplicates.js'
import { finishTables } from './finish.js'
import { ManifestWriter, type RunHead, type Manifest } from '../sinks/manifest.js'
import { JsonLinesWriter } from '../sinks/jsonl.js'
import { TableFiles } from '../sinks/table-files.js'
import type { FileResult, TaskResult } from '../contracts.js'

// Outputs go to disk every so many inputs or milliseconds, whichever comes first: a kill loses at most
// that much work.
const FLUSH_EVERY = 32
const FLUSH_MS = 1_000

export class OrderedWriter {
  /** Inputs whose outputs are written. */
  done: number
  /** The first write that failed: no write is tried after it. */
  failure: unknown
  readonly #slots: PQueue
  #writing = Promise.resolve()
  #flushed = performance.now()

  private constructor(
    readonly workDir: string,
    readonly articles: JsonLinesWriter,
    readonly quarantine: JsonLinesWriter,
    readonly manifest: ManifestWriter,
    readonly tables: TableFiles,
    readonly checkpoints: Checkpoints,
    /** The first input with each content hash, for `duplicate_of`. */
    readonly seen: Map<string, FirstCopy>,
    window: number,
    from: Checkpoint | undefined,
    readonly onCheckpoint: (done: number) => void,
  ) {
    this.done = from?.done ?? 0
    this.#slots = new PQueue({ concurrency: window })
  }

  /** The working files in `workDir`, new or cut back to `from`, and a window of `window` tasks. */
  static async open(workDir: string, head: RunHead, from: Checkpoint | undefined, checkpoints: Checkpoints, seen: Map<string, FirstCopy>, window: number, onCheckpoint: (done: number) => void): Promise<OrderedWriter> {
    const work = (name: keyof typeof WORK_FILES) => join(workDir, WORK_FILES[name])
    const articles = await JsonLinesWriter.open(work('articles'), from?.articles)
    const quarantine = await JsonLinesWriter.open(work('quarantine'), from?.quarantine)
    const manifest = await ManifestWriter.open(work('manifest'), head, from?.manifest)
    const tables = await TableFiles.open(work('tables'), from?.tables)
    return new OrderedWriter(workDir, articles, quarantine, manifest, tables, checkpoints, seen, window, from, onCheckpoint)
  }

  /** Waits for a place in the window; the place is held until the function it gives is called. */
  async enter(): Promise<() => void> {
    return new Promise((entered) => void this.#slots.add(() => new Promise<void>((leave) => entered(leave))))
  }

  /** Queues `write` after every write queued before it; `leave` gives back a place in the window once
   * it is done, whatever became of it (else the run would wait for a place forever). */
  inOrder(write: () => Promise<void>, leave?: () => void): void {
    this.#writing = this.#writing
      .then(() => (this.failure === undefined ? write() : undefined))
      .catch((error: unknown) => {
        this.failure ??= error
      })
      .finally(() => leave?.())
  }

  /** Every write queued so far, done. */
  settled(): Promise<void> {
    return this.#writing
  }

  /** A task's records, quarantine entries and table rows. */
  async writeResult(result: TaskResult): Promise<void> {
    await this.articles.writeMany(result.records)
    await this.quarantine.writeMany(result.quarantine.map((q) => JSON.stringify(q)))
    await this.tables.write(result.tables)
  }

  /** A whole input's result, its manifest entry and its checkpoint; a file with the bytes of an earlier
   * one names it. */
  async writeFile(result: FileResult): Promise<void> {
    const { sha256, outcome, path, records: [record] } = result.file
    const first = sha256 && outcome === 'ok' ? this.seen.get(sha256) : undefined
    if (sha256 && !this.seen.has(sha256)) this.seen.set(sha256, { path, record })
    await this.writeResult(first?.record ? markDuplicate(result, 0, first.record) : result)
    await this.manifest.addFile(result.file, first?.path)
    await this.checkpoint(path, sha256, { record })
  }

  /** A checkpoint after an input, or (`inFile`) after a batch of a JSON Lines file's lines. */
  async checkpoint(path: string, sha256: string, { record, inFile }: { record?: string; inFile?: InFile } = {}): Promise<void> {
    if (!inFile) this.done++
    await this.checkpoints.record({
      done: this.done,
      path,
      sha256,
      ...(record ? { record } : {}),
      ...(inFile ? { inFile } : {}),
      articles: { bytes: this.articles.file.bytes, rows: this.articles.rows },
      quarantine: { bytes: this.quarantine.file.bytes, rows: this.quarantine.rows },
      manifest: { bytes: this.manifest.out.bytes, counts: { ...this.manifest.counts } },
      tables: this.tables.progress(),
    })
    if ((!inFile && this.done % FLUSH_EVERY === 0) || performance.now() - this.#flushed > FLUSH_MS) {
      await Promise.all([this.articles.file.flush(), this.quarantine.file.flush(), this.manifest.out.flush(), this.tables.flush()])
      await this.checkpoints.out.flush()
      this.#flushed = performance.now()
    }
    if (!inFile) this.onCheckpoint(this.done)
  }

  /** The counts so far, as an interrupted run's manifest gives them. */
  counts(): Manifest['counts'] {
    return { ...this.manifest.counts, records: this.articles.rows, quarantined: this.quarantine.rows }
  }

  /** Closes the working files as they are, for the next run to take up. */
  async close(): Promise<void> {
    await Promise.all([this.articles.file.close(), this.quarantine.file.close(), this.manifest.out.close(), this.tables.close(), this.checkpoints.out.close()])
  }

  /** Finishes every working file: the tables as Parquet too, the manifest listing them all, and the
   * checkpoint that says the outputs are complete. */
  async finish(parquet: ParquetThread): Promise<void> {
    const written = { articles: await this.articles.finish(), quarantine: await this.quarantine.finish() }
    await this.manifest.finish(written, await finishTables(this.workDir, await this.tables.finish(), parquet))
    await this.checkpoints.complete()
  }
}
