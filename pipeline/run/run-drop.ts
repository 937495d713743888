// A drop run: every file of the drop through the pipeline (in a pool of worker threads, or in this
// thread). Work goes out as tasks — a file, or a batch of a JSON Lines file's lines — and the results are
// written in the drop's order (ordered-writer.ts); quarantined inputs are listed with their reasons, and
// the manifest accounts for every file.
//
// Outputs are written in `<out>/<drop>/.trich-run/` with checkpoints, and moved into place only when the
// run is complete: a run that was killed is taken up where it stopped by running it again (see
// checkpoint.ts), and a run that is asked to stop (the `signal`) finishes what it has given out, writes a
// manifest that says it was interrupted, and leaves the rest for the next run.
import { mkdir, realpath } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { StorageError, UsageError } from '../errors.js'
import { DEFAULT_BUDGET_MS, PIPELINE_STAGES, stageRuns, usesModel, type StageSettings } from '../extract.js'
import { shippedModelInfo } from '../model/model-file.js'
import { startParquetThread } from '../sinks/parquet-thread.js'
import { isJsonLines, UndecodableError } from '../stages/decode.js'
import { Checkpoints, WORK_FILES, type InFile } from './checkpoint.js'
import { distinctIds, idsFrom } from './duplicates.js'
import { checkDropFolder, listDrop, type DropFile, type Skipped, type Unreadable } from './files.js'
import { moveIntoPlace } from './finish.js'
import { readJsonLines, type JsonLinesEnd } from './json-lines.js'
import { checkLimits } from './limits.js'
import { lock } from './lock.js'
import { writeInterruptedManifest, type RunHead, type Manifest } from '../sinks/manifest.js'
import { OrderedWriter } from './ordered-writer.js'
import { claimOutputFolder, makeOutputFolder, outputName } from './output-folder.js'
import { createProcessor } from './pool.js'
import { failed } from './process-file.js'
import type { Processor } from './pool.js'
import { emptyTables } from '../sinks/table-files.js'
import { AHEAD, runSafely } from './tasks.js'
import type { FileResult, QuarantineEntry, Task } from '../contracts.js'

export interface RunOptions {
  /** The output folder; the drop's results go to `<out>/<name>/`. */
  out: string
  /** The name of the drop's outputs (default: its folder's name). */
  name?: string
  /** Worker threads; 0 processes in this thread (the default for the library; the CLI uses one per core). */
  workers?: number
  /** Time one article may take; past it the article is quarantined (default DEFAULT_BUDGET_MS). */
  budgetMs?: number
  /** Options for some stages, by stage name; the manifest records every stage's. */
  stages?: StageSettings
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

// Threads for a handful of files would cost more to start than they save.
const SMALL_DROP = 16
const WORK_DIR = '.trich-run'

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
  const summary = (status: Manifest['status'], counts: Manifest['counts'], pending: number, resumed: number): DropSummary => ({
    drop,
    outDir,
    status,
    files: counts.files,
    records: counts.records,
    quarantined: counts.quarantined,
    pending,
    resumed,
    counts,
  })

  // The output folder is never the drop's, nor another drop's; one run at a time writes it.
  await makeOutputFolder(root, outDir)
  const stages = stageRuns(PIPELINE_STAGES, options.stages)
  const head: RunHead = { drop, source: await realpath(root), stages, ...(usesModel(stages) ? { model: await shippedModelInfo() } : {}) }
  const unlock = await lock(outDir, options.waitForLock ?? false)
  try {
    await claimOutputFolder(root, outDir)
    await mkdir(workDir, { recursive: true }).catch((error: Error) => {
      throw new StorageError(`cannot write the outputs of ${drop} in ${outDir}: ${error.message}`)
    })
    // Every entry of the drop, in the order of its path; a stopped run's checkpoints say how far it got.
    const { files, unreadable, skipped } = await listDrop(root, { followLinks: options.followLinks ?? false })
    const items: Item[] = [...files.map((file) => ({ file })), ...unreadable.map((u) => ({ unreadable: u })), ...skipped.map((s) => ({ skipped: s }))]
    items.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0))
    const inputs = items.map((item) => ('file' in item ? { path: item.file.path, absolute: item.file.absolute } : { path: pathOf(item) }))
    const { checkpoints, resumed } = await Checkpoints.open(workDir, head, inputs)
    const taken = resumed.from?.done ?? 0
    if (resumed.complete) return summary('complete', await moveIntoPlace(workDir, outDir), 0, taken)

    const todo = items.slice(taken)
    const workers = todo.length < SMALL_DROP && !todo.some((item) => 'file' in item && isJsonLines(item.file.path)) ? 0 : (options.workers ?? 0)
    const writer = await OrderedWriter.open(workDir, head, resumed.from, checkpoints, resumed.seen, Math.max(1, workers) * AHEAD, (done) => options.onProgress?.(done, items.length))
    const processor = options.processor ?? (await createProcessor(workers))
    // Started with the run, so that it loads DuckDB meanwhile; it goes whatever happens.
    const parquet = startParquetThread()
    try {
      try {
        await feed(todo, writer, processor, options, resumed.from?.inFile)
        await writer.settled()
      } finally {
        await processor.close()
      }
      if (writer.failure !== undefined) {
        await writer.close()
        throw writer.failure
      }
      if (writer.done < items.length) {
        await writer.close()
        await writeInterruptedManifest(join(outDir, WORK_FILES.manifest), head, writer.counts(), items.length - writer.done)
        return summary('interrupted', writer.counts(), items.length - writer.done, taken)
      }
      await writer.finish(parquet)
      return summary('complete', await moveIntoPlace(workDir, outDir), 0, taken)
    } finally {
      await parquet.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOSPC' || code === 'EACCES' || code === 'EROFS' || code === 'EDQUOT' || code === 'EIO') {
      throw new StorageError(`cannot write the outputs of ${drop} in ${outDir}: ${(error as Error).message}; what was written is kept in ${workDir} and the next run takes it up`)
    }
    throw error
  } finally {
    await unlock()
  }
}

/** Gives out the drop's inputs as tasks, in order, each written by `writer` as its result comes; stops
 * when the run is asked to, or a write has failed. `resume`: how far the first input (a JSON Lines file
 * under way) had got. */
async function feed(todo: Item[], writer: OrderedWriter, processor: Processor, options: RunOptions, resume: InFile | undefined): Promise<void> {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS
  const stages = options.stages
  const stopped = () => options.signal?.aborted === true || writer.failure !== undefined
  const run = (task: Task) => {
    const result = runSafely(processor, task, budgetMs)
    // Its write may never come (an earlier one failed): its failure must not be left unhandled.
    result.catch(() => undefined)
    return result
  }
  for (const [i, item] of todo.entries()) {
    if (stopped()) return
    if ('unreadable' in item) writer.inOrder(() => writer.writeFile(unreadableResult(item.unreadable)))
    else if ('skipped' in item) writer.inOrder(() => writer.writeFile(skippedResult(item.skipped)))
    else if (isJsonLines(item.file.path)) await feedJsonLines(item.file, i === 0 ? resume : undefined)
    else {
      const leave = await writer.enter()
      const result = run({ file: item.file, budgetMs, stages }) as Promise<FileResult>
      writer.inOrder(async () => writer.writeFile(await result), leave)
    }
  }

  // A JSON Lines file goes out batch by batch; its manifest entry is written around its batches, and a
  // checkpoint follows each batch. A run stopped inside the file stops there, and the next goes on from
  // its last batch (`from`).
  async function feedJsonLines(file: DropFile, from: InFile | undefined): Promise<void> {
    const { articles, manifest, quarantine, seen } = writer
    let records = from?.records ?? 0
    const lines = [...(from?.quarantined ?? [])]
    let articlesFrom = from?.articlesFrom ?? 0
    let readFailure: QuarantineEntry | undefined
    // Ids name the file's path, so only lines of one file can share one.
    const lineIds = from ? await idsFrom(join(writer.workDir, WORK_FILES.articles), from.articlesFrom, articles.file.bytes) : new Set<string>()
    if (from) manifest.resumeFile(records)
    else {
      writer.inOrder(async () => {
        articlesFrom = articles.file.bytes
        await manifest.beginFile(file.path)
      })
    }
    const batches = readJsonLines(file.absolute, file.path, from?.line)
    let end: JsonLinesEnd | undefined
    try {
      for (let next = await batches.next(); ; next = await batches.next()) {
        if (next.done) {
          end = next.value
          break
        }
        const leave = await writer.enter()
        if (stopped()) {
          leave()
          await batches.return(undefined as never)
          return
        }
        const { batch, read } = next.value
        const result = run({ batch, budgetMs, stages })
        writer.inOrder(async () => {
          const r = distinctIds(await result, lineIds)
          await writer.writeResult(r)
          await manifest.addRecords(r.ids)
          records += r.ids.length
          for (const q of r.quarantine) if (q.line !== undefined) lines.push(q.line)
          await writer.checkpoint(file.path, '', { inFile: { line: batch.first + batch.lines.length, ...read, records, quarantined: [...lines], articlesFrom } })
        }, leave)
      }
    } catch (error) {
      const undecodable = error instanceof UndecodableError
      const reason = undecodable ? error.message : `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      readFailure = { path: file.path, stage: undecodable ? 'decode' : 'read', rule: undecodable ? 'undecodable' : 'unreadable', reason }
    }
    writer.inOrder(async () => {
      const ok = records > 0 && !readFailure
      const reason = readFailure?.reason ?? (ok ? undefined : lines.length > 0 ? 'no line could be processed' : 'no articles in the file')
      if (!ok) await quarantine.write(readFailure ?? { path: file.path, sha256: end?.sha256, stage: 'assemble', rule: 'no-text', reason })
      const sha256 = end?.sha256 ?? ''
      const duplicateOf = sha256 && ok ? seen.get(sha256)?.path : undefined
      if (sha256 && !seen.has(sha256)) seen.set(sha256, { path: file.path })
      await manifest.endFile(
        { size: end?.size ?? 0, sha256, format: 'jsonl', outcome: ok ? 'ok' : 'quarantined', ...(reason ? { reason } : {}), ...(lines.length > 0 ? { quarantined_lines: lines } : {}) },
        duplicateOf,
      )
      await writer.checkpoint(file.path, sha256)
    })
  }
}

function skippedResult(s: Skipped): FileResult {
  return { file: { path: s.path, size: s.size, sha256: '', format: 'unknown', outcome: 'skipped', reason: s.reason, records: [] }, records: [], ids: [], tables: emptyTables(), quarantine: [] }
}

function unreadableResult(u: Unreadable): FileResult {
  return failed(u.path, 0, '', 'unknown', { path: u.path, stage: 'read', rule: 'unreadable', reason: u.reason })
}
