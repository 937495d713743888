// A drop run: every file of the drop through the pipeline (in a pool of worker threads, or in this
// thread). Work goes out as tasks — a file, or a batch of a JSON Lines file's lines — and results are
// written in the drop's order as they complete. A window bounds the tasks given out but not yet
// written, so memory stays flat however large the drop; quarantined inputs are listed with their
// reasons, and the manifest accounts for every file.
//
// Outputs are written in `<out>/<drop>/.trich-run/` with a checkpoint after each input, and moved into
// place only when the run is complete: a run that was killed is taken up where it stopped by running it
// again (see checkpoint.ts), and a run that is asked to stop (the `signal`) finishes what it has given
// out, writes a manifest that says it was interrupted, and leaves the rest for the next run.
import { createReadStream } from 'node:fs'
import { mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import lockfile from 'proper-lockfile'
import { DEFAULT_BUDGET_MS } from '../extract.js'
import { StorageError, UsageError } from '../errors.js'
import { isJsonLines, UndecodableError } from '../stages/decode.js'
import { startParquetThread, type ParquetThread } from '../sinks/parquet-thread.js'
import { TABLES, tableSchemaIds, type TableName } from '../sinks/tables.js'
import { hashFile } from '../hash-file.js'
import { Checkpoints, WORK_FILES, type Checkpoint, type FirstCopy, type InFile } from './checkpoint.js'
import { checkDropFolder, listDrop, type DropFile, type Skipped, type Unreadable } from './files.js'
import { checkLimits } from './limits.js'
import { AHEAD, runSafely, type Task } from './tasks.js'
import { claimOutputFolder, LOCK, makeOutputFolder, outputName } from './output-folder.js'
import { readJsonLines, type JsonLinesEnd } from './json-lines.js'
import { ManifestWriter, writeInterruptedManifest, type Manifest } from './manifest.js'
import { JsonLinesWriter, type WrittenFile } from './output.js'
import { createProcessor, type Processor } from './pool.js'
import { failed, type FileResult, type QuarantineEntry, type TaskResult } from './process-file.js'
import { emptyTables, mergeTables, TableFiles, tableFile } from './table-files.js'
import type { Article } from '../schema-types.js'
import { articleId } from '../stages/record.js'

export interface RunOptions {
  /** The output folder; the drop's results go to `<out>/<name>/`. */
  out: string
  /** The name of the drop's outputs (default: its folder's name). */
  name?: string
  /** Worker threads; 0 processes in this thread (the default for the library; the CLI uses one per core). */
  workers?: number
  /** Time one article may take; past it the article is quarantined (default DEFAULT_BUDGET_MS). */
  budgetMs?: number
  /** Where tasks are run, instead of worker threads here: a distributed run's collector passes one that
   * reads the results its workers stored, so that it writes the outputs exactly as a local run would. */
  processor?: Processor
  /** Aborted to stop the run cleanly: what is in flight is finished, the rest left for the next run. */
  signal?: AbortSignal
  /** Read files that links lead to outside the drop (default: list them as skipped). */
  followLinks?: boolean
  /** Wait for a run that is writing the same outputs, instead of refusing (a collect waits so for another). */
  waitForLock?: boolean
  /** Called after each file, with the files done and the total. */
  onProgress?: (done: number, total: number) => void
}

export interface DropSummary {
  drop: string
  outDir: string
  /** `interrupted` when the run was stopped by its signal; running it again finishes it. */
  status: Manifest['status']
  files: number
  records: number
  quarantined: number
  /** Files left for the next run (interrupted runs). */
  pending: number
  /** Files taken over from a run that had stopped. */
  resumed: number
  counts: Manifest['counts']
}

const SMALL_DROP = 16
const WORK_DIR = '.trich-run'
// Outputs go to disk every so many inputs or milliseconds, whichever comes first: a kill loses at most
// that much work.
const FLUSH_EVERY = 32
const FLUSH_MS = 1_000

type Item = { file: DropFile } | { unreadable: Unreadable } | { skipped: Skipped }
const pathOf = (item: Item): string => ('file' in item ? item.file.path : 'unreadable' in item ? item.unreadable.path : item.skipped.path)

export async function runDrop(dropDir: string, options: RunOptions): Promise<DropSummary> {
  if (typeof dropDir !== 'string') throw new UsageError(`runDrop(dropDir, options): dropDir is the drop's folder, a string; got ${typeof dropDir}`)
  if (typeof options?.out !== 'string') throw new UsageError(`runDrop(${dropDir}, options): options.out, the output folder, is required`)
  checkLimits(options)
  const root = resolve(dropDir)
  await checkDropFolder(dropDir)
  const drop = outputName(root, options.name)
  const outDir = join(resolve(options.out), drop)
  const workDir = join(outDir, WORK_DIR)
  const work = (name: keyof typeof WORK_FILES) => join(workDir, WORK_FILES[name])
  await makeOutputFolder(root, outDir)
  const identity = { drop, source: await realpath(root) }
  const unlock = await lock(outDir, options.waitForLock ?? false)
  try {
    await claimOutputFolder(root, outDir)
    await mkdir(workDir, { recursive: true }).catch((error: Error) => {
      throw new StorageError(`cannot write the outputs of ${drop} in ${outDir}: ${error.message}`)
    })
    const { files, unreadable, skipped } = await listDrop(root, { followLinks: options.followLinks ?? false })
    const items: Item[] = [...files.map((file) => ({ file })), ...unreadable.map((u) => ({ unreadable: u })), ...skipped.map((s) => ({ skipped: s }))]
    items.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0))
    const inputs = items.map((item) => ('file' in item ? { path: item.file.path, absolute: item.file.absolute } : { path: pathOf(item) }))
    const { checkpoints, resumed } = await Checkpoints.open(workDir, drop, inputs)
    if (resumed.complete) return await moveIntoPlace(resumed.from?.done ?? 0)
    const from = resumed.from
    return await runItems(items.slice(from?.done ?? 0), from, checkpoints, resumed.seen)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS' || code === 'EDQUOT' || code === 'EIO') {
      throw new StorageError(`cannot write the outputs of ${drop} in ${outDir}: ${(error as Error).message}; what was written is kept in ${workDir} and the next run takes it up`)
    }
    throw error
  } finally {
    await unlock()
  }

  async function runItems(todo: Item[], from: Checkpoint | undefined, checkpoints: Checkpoints, seen: Map<string, FirstCopy>): Promise<DropSummary> {
    const articles = await JsonLinesWriter.open(work('articles'), from?.articles)
    const quarantine = await JsonLinesWriter.open(work('quarantine'), from?.quarantine)
    const manifest = await ManifestWriter.open(work('manifest'), identity, from?.manifest)
    const tables = await TableFiles.open(work('tables'), from?.tables)
    const total = (from?.done ?? 0) + todo.length
    let done = from?.done ?? 0
    // Threads for a handful of files would cost more to start than they save.
    const workers = todo.length < SMALL_DROP && !todo.some((item) => 'file' in item && isJsonLines(item.file.path)) ? 0 : (options.workers ?? 0)
    const processor = options.processor ?? (await createProcessor(workers))
    const parquet = startParquetThread()
    const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS
    const window = new Window(Math.max(1, workers) * AHEAD)
    let writing = Promise.resolve()
    let failure: unknown
    // Each write waits for the one before it, so the outputs follow the drop's order. Once one fails the
    // rest are not tried, and a task's place in the window is given back whatever happened to its write:
    // else the loop would wait for a place forever and the run never settle.
    const inOrder = (write: () => Promise<void>, slot = false): void => {
      writing = writing
        .then(() => (failure ? undefined : write()))
        .catch((error: unknown) => {
          failure ??= error
        })
        .finally(() => {
          if (slot) window.leave()
        })
    }
    const writeResult = async (result: TaskResult): Promise<void> => {
      await articles.writeMany(result.records)
      await quarantine.writeMany(result.quarantine.map((q) => JSON.stringify(q)))
      await tables.write(result.tables)
    }
    let flushed = performance.now()
    // After an input, or (`inFile`) after a batch of a JSON Lines file's lines.
    const checkpoint = async (path: string, sha256: string, { record, inFile }: { record?: string; inFile?: InFile } = {}): Promise<void> => {
      if (!inFile) done++
      await checkpoints.record({
        done,
        path,
        sha256,
        ...(record ? { record } : {}),
        ...(inFile ? { inFile } : {}),
        articles: { bytes: articles.file.bytes, rows: articles.rows },
        quarantine: { bytes: quarantine.file.bytes, rows: quarantine.rows },
        manifest: { bytes: manifest.out.bytes, counts: { ...manifest.counts } },
        tables: tables.progress(),
      })
      // Every so often what was gathered goes to the files, the checkpoints last (though the disk may
      // keep them in another order: see checkpoint.ts).
      if ((!inFile && done % FLUSH_EVERY === 0) || performance.now() - flushed > FLUSH_MS) {
        await Promise.all([articles.file.flush(), quarantine.file.flush(), manifest.out.flush(), tables.flush()])
        await checkpoints.out.flush()
        flushed = performance.now()
      }
      if (!inFile) options.onProgress?.(done, total)
    }
    const writeFile = async (result: FileResult): Promise<void> => {
      const { sha256, outcome, path, records: [record] } = result.file
      const first = sha256 && outcome === 'ok' ? seen.get(sha256) : undefined
      if (sha256 && !seen.has(sha256)) seen.set(sha256, { path, record })
      await writeResult(first?.record ? markDuplicate(result, 0, first.record) : result)
      await manifest.addFile(result.file, first?.path)
      await checkpoint(path, sha256, { record })
    }
    const run = (task: Task) => {
      const result = runSafely(processor, task, budgetMs)
      // Its write may never come (an earlier one failed): its failure must not be left unhandled.
      result.catch(() => undefined)
      return result
    }

    const stopped = () => options.signal?.aborted === true || failure !== undefined
    try {
      for (const [i, item] of todo.entries()) {
        if (stopped()) break
        if ('unreadable' in item) inOrder(() => writeFile(unreadableResult(item.unreadable)))
        else if ('skipped' in item) inOrder(() => writeFile(skippedResult(item.skipped)))
        else if (isJsonLines(item.file.path)) await feedJsonLines(item.file, i === 0 ? from?.inFile : undefined)
        else {
          await window.enter()
          const result = run({ file: item.file, budgetMs }) as Promise<FileResult>
          inOrder(async () => writeFile(await result), true)
        }
      }
      await writing
    } finally {
      await processor.close()
    }
    // The Parquet thread goes whatever happens; it was started with the run to load DuckDB meanwhile.
    try {
      const closeAll = () => Promise.all([articles.file.close(), quarantine.file.close(), manifest.out.close(), tables.close(), checkpoints.out.close()])
      if (failure) {
        await closeAll()
        throw failure
      }
      if (done < total) {
        await closeAll()
        const counts = { ...manifest.counts, records: articles.rows, quarantined: quarantine.rows }
        await writeInterruptedManifest(join(outDir, WORK_FILES.manifest), identity, counts, total - done)
        return summary('interrupted', counts, total - done, from?.done ?? 0)
      }
      const written = { articles: await articles.finish(), quarantine: await quarantine.finish() }
      await manifest.finish(written, await finishTables(await tables.finish(), parquet))
      await checkpoints.complete()
      return await moveIntoPlace(from?.done ?? 0)
    } finally {
      await parquet.close()
    }

    // A JSON Lines file goes out batch by batch; its manifest entry is written around its batches, and a
    // checkpoint follows each batch. A run stopped inside the file stops there, and the next goes on from
    // its last batch (`resume`).
    async function feedJsonLines(file: DropFile, resume?: InFile): Promise<void> {
      let records = resume?.records ?? 0
      const lines = [...(resume?.quarantined ?? [])]
      let articlesFrom = resume?.articlesFrom ?? 0
      let readFailure: QuarantineEntry | undefined
      // Ids name the file's path, so only lines of one file can share one.
      const lineIds = resume ? await idsFrom(work('articles'), resume.articlesFrom, articles.file.bytes) : new Set<string>()
      if (resume) manifest.resumeFile(records)
      else {
        inOrder(async () => {
          articlesFrom = articles.file.bytes
          await manifest.beginFile(file.path)
        })
      }
      const batches = readJsonLines(file.absolute, file.path, resume?.line)
      let end: JsonLinesEnd | undefined
      try {
        for (let next = await batches.next(); ; next = await batches.next()) {
          if (next.done) {
            end = next.value
            break
          }
          await window.enter()
          if (stopped()) {
            window.leave()
            await batches.return(undefined as never)
            return
          }
          const { batch, read } = next.value
          const result = run({ batch, budgetMs })
          inOrder(async () => {
            const r = distinctIds(await result, lineIds)
            await writeResult(r)
            await manifest.addRecords(r.ids)
            records += r.ids.length
            for (const q of r.quarantine) if (q.line !== undefined) lines.push(q.line)
            await checkpoint(file.path, '', { inFile: { line: batch.first + batch.lines.length, ...read, records, quarantined: [...lines], articlesFrom } })
          }, true)
        }
      } catch (error) {
        const undecodable = error instanceof UndecodableError
        const reason = undecodable ? error.message : `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
        readFailure = { path: file.path, stage: undecodable ? 'decode' : 'read', rule: undecodable ? 'undecodable' : 'unreadable', reason }
      }
      inOrder(async () => {
        const ok = records > 0 && !readFailure
        const reason = readFailure?.reason ?? (ok ? undefined : lines.length > 0 ? 'no line could be processed' : 'no articles in the file')
        if (!ok) await quarantine.write(readFailure ?? { path: file.path, sha256: end?.sha256, stage: 'assemble', rule: 'no-text', reason })
        const sha256 = end?.sha256 ?? ''
        const duplicateOf = sha256 && ok ? seen.get(sha256)?.path : undefined
        if (sha256 && !seen.has(sha256)) seen.set(sha256, { path: file.path })
        await manifest.endFile(
          {
            size: end?.size ?? 0,
            sha256,
            format: 'jsonl',
            outcome: ok ? 'ok' : 'quarantined',
            ...(reason ? { reason } : {}),
            ...(lines.length > 0 ? { quarantined_lines: lines } : {}),
          },
          duplicateOf,
        )
        await checkpoint(file.path, sha256)
      })
    }
  }

  // Each table as Parquet too, beside its JSON Lines; both listed with their hashes and schemas.
  async function finishTables(jsonl: Record<TableName, WrittenFile>, thread: ParquetThread): Promise<Record<string, WrittenFile & { schema: string }>> {
    const schemas = tableSchemaIds()
    const outputs: Record<string, WrittenFile & { schema: string }> = {}
    await mkdir(work('parquet'), { recursive: true })
    for (const table of TABLES) outputs[`${WORK_FILES.tables}/${tableFile(table)}`] = { ...jsonl[table], schema: schemas[table] }
    const jobs = TABLES.map((table) => ({ table, jsonl: join(work('tables'), tableFile(table)), parquet: join(work('parquet'), `${table}.parquet`) }))
    const rows = await thread.write(jobs)
    for (const [i, { table, parquet }] of jobs.entries()) {
      const { size } = await stat(parquet)
      outputs[`${WORK_FILES.parquet}/${table}.parquet`] = { rows: rows[i]!, bytes: size, sha256: await hashFile(parquet), schema: schemas[table] }
    }
    return outputs
  }

  // The finished outputs go to their final names, the manifest last: a manifest in place with status
  // `complete` means that every output beside it is whole. A run stopped while moving is finished by the
  // next, which moves what is left.
  async function moveIntoPlace(resumedFiles: number): Promise<DropSummary> {
    for (const name of ['articles', 'quarantine', 'tables', 'parquet', 'manifest'] as const) {
      if (!(await exists(work(name)))) continue
      if (name === 'tables' || name === 'parquet') await rm(join(outDir, WORK_FILES[name]), { recursive: true, force: true })
      await rename(work(name), join(outDir, WORK_FILES[name]))
    }
    await rm(workDir, { recursive: true, force: true })
    const manifest = JSON.parse(await readFile(join(outDir, WORK_FILES.manifest), 'utf8')) as Manifest
    return summary('complete', manifest.counts, 0, resumedFiles)
  }

  function summary(status: Manifest['status'], counts: Manifest['counts'], pending: number, resumed: number): DropSummary {
    return { drop, outDir, status, files: counts.files, records: counts.records, quarantined: counts.quarantined, pending, resumed, counts }
  }
}

/** Bounds the tasks given out but not yet written. */
class Window {
  #open = 0
  readonly #waiting: Array<() => void> = []
  constructor(readonly size: number) {}

  async enter(): Promise<void> {
    if (this.#open >= this.size) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#open++
  }

  leave(): void {
    this.#open--
    this.#waiting.shift()?.()
  }
}

// A record of a source with the same bytes as an earlier one names that one's record, and so does its row
// of the articles table; with `id`, it also takes that id instead of the one it shares with the earlier
// record, in its rows of every table. Records are made in the workers, which cannot know; duplicates are
// rare, so the few are parsed again here.
function markDuplicate<R extends TaskResult>(result: R, index: number, of: string, id?: string): R {
  const old = result.ids[index]!
  const { warnings, ...rest } = JSON.parse(result.records[index]!) as Article
  const records = result.records.with(index, JSON.stringify({ ...rest, ...(id ? { id } : {}), duplicate_of: of, warnings }))
  const rows = { ...result.tables.rows }
  for (const table of TABLES) {
    if (table === 'entities' || table === 'legal_documents') continue
    rows[table] = rows[table].map((row) => {
      const value = JSON.parse(row) as { article_id: string }
      if (value.article_id !== old) return row
      return JSON.stringify({ ...value, ...(id ? { article_id: id } : {}), ...(table === 'articles' ? { duplicate_of: of } : {}) })
    })
  }
  return { ...result, records, ids: id ? result.ids.with(index, id) : result.ids, tables: { ...result.tables, rows } }
}

// Lines of a drop's JSON Lines that share an id (the same name and bytes): the later ones take their
// line's id, as duplicates of the first.
function distinctIds(result: TaskResult, seenIds: Set<string>): TaskResult {
  let out = result
  for (const [index, id] of result.ids.entries()) {
    if (!seenIds.has(id)) {
      seenIds.add(id)
      continue
    }
    const { source } = JSON.parse(result.records[index]!) as Article
    out = markDuplicate(out, index, id, articleId({ path: source.path, line: source.line, sha256: source.sha256 }))
    seenIds.add(out.ids[index]!)
  }
  return out
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false)

// The ids of the records written between two byte offsets of the records' file: those of a JSON Lines
// file under way, taken up after a stop.
async function idsFrom(path: string, start: number, end: number): Promise<Set<string>> {
  const ids = new Set<string>()
  if (end <= start) return ids
  for await (const line of createInterface({ input: createReadStream(path, { start, end: end - 1, encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line) ids.add((JSON.parse(line) as Article).id)
  }
  return ids
}

function skippedResult(s: Skipped): FileResult {
  return { file: { path: s.path, size: s.size, sha256: '', format: 'unknown', outcome: 'skipped', reason: s.reason, records: [] }, records: [], ids: [], tables: emptyTables(), quarantine: [] }
}

function unreadableResult(u: Unreadable): FileResult {
  return failed(u.path, 0, '', 'unknown', { path: u.path, stage: 'read', rule: 'unreadable', reason: u.reason })
}

// A lock's folder is touched every LOCK_UPDATE_MS while its run lives; one untouched for LOCK_STALE_MS
// was left by a run that is gone (killed, or on a machine that stopped), and is taken over. A lock whose
// owner (named in a file beside it) ran on this host in a process that is gone is taken over at once, so
// that a run killed is run again without waiting.
const LOCK_UPDATE_MS = 5_000
const LOCK_STALE_MS = 30_000

interface LockOwner {
  host: string
  pid: number
}

/** One run at a time writes a drop's outputs: a lock folder beside them (made with mkdir, which is atomic
 * on local and network file systems alike), so that it holds across processes, containers and hosts, and
 * between two runs in one process. With `wait`, a run waits for the one that holds it. */
async function lock(outDir: string, wait: boolean): Promise<() => Promise<void>> {
  const ownerFile = join(outDir, `${LOCK}.owner`)
  // A lock lost while the run went on (its folder removed, or taken over after the process stood still
  // past the stale time) makes the run fail when it ends, instead of an error thrown from a timer.
  let lost: Error | undefined
  const take = () =>
    lockfile.lock(outDir, {
      lockfilePath: join(outDir, LOCK),
      realpath: false,
      stale: LOCK_STALE_MS,
      update: LOCK_UPDATE_MS,
      retries: wait ? { forever: true, minTimeout: 250, maxTimeout: 2_000 } : 0,
      onCompromised: (error) => void (lost ??= error),
    })
  try {
    const release = await take().catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED' || !(await ownerIsGone(ownerFile))) throw error
      await rm(join(outDir, LOCK), { recursive: true, force: true })
      return take()
    })
    await writeFile(ownerFile, JSON.stringify({ host: hostname(), pid: process.pid } satisfies LockOwner))
    return async () => {
      await rm(ownerFile, { force: true })
      await release().catch(() => undefined)
      if (lost) throw new StorageError(`the lock on ${outDir} was lost while the run wrote (${lost.message}): run the drop again`)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new UsageError(`another run is writing ${outDir}: wait for it to finish (\`trich collect --wait\` waits), or stop it`)
    throw error
  }
}

// The lock's owner ran on this host in a process that is no more.
async function ownerIsGone(ownerFile: string): Promise<boolean> {
  const owner = await readFile(ownerFile, 'utf8').then((text) => JSON.parse(text) as LockOwner, () => undefined)
  if (owner?.host !== hostname() || owner.pid === process.pid) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
