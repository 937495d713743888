// A drop run: every file of the drop through the pipeline (in a pool of worker threads, or in this
// thread). Work goes out as tasks — a file, or a batch of a JSON Lines file's lines — and results are
// written in the drop's order as they complete. A window bounds the tasks given out but not yet
// written, so memory stays flat however large the drop; quarantined inputs are listed with their
// reasons, and the manifest accounts for every file.
import { mkdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { UndecodableError } from '../stages/decode.js'
import { listDrop, type DropFile, type Unreadable } from './files.js'
import { readJsonLines, type JsonLinesEnd } from './json-lines.js'
import { ManifestWriter, type Manifest } from './manifest.js'
import { JsonLinesWriter } from './output.js'
import { createProcessor, type Processor } from './pool.js'
import { failed, type FileResult, type QuarantineEntry, type TaskResult } from './process-file.js'
import type { Task } from './worker.js'

export interface RunOptions {
  /** The output folder; the drop's results go to `<out>/<drop name>/`. */
  out: string
  /** Worker threads; 0 processes in this thread (the default for the library; the CLI uses one per core). */
  workers?: number
  /** Called after each file, with the files done and the total. */
  onProgress?: (done: number, total: number) => void
}

export interface DropSummary {
  drop: string
  outDir: string
  files: number
  records: number
  quarantined: number
  counts: Manifest['counts']
}

const SMALL_DROP = 16
const JSON_LINES = /\.(jsonl|ndjson)$/i

type Item = { file: DropFile } | { unreadable: Unreadable }
const pathOf = (item: Item): string => ('file' in item ? item.file.path : item.unreadable.path)

export async function runDrop(dropDir: string, options: RunOptions): Promise<DropSummary> {
  const root = resolve(dropDir)
  if (!(await stat(root)).isDirectory()) throw new Error(`${dropDir}: not a folder`)
  const drop = basename(root)
  const outDir = join(resolve(options.out), drop)
  await mkdir(outDir, { recursive: true })

  const { files, unreadable } = await listDrop(root)
  const items: Item[] = [...files.map((file) => ({ file })), ...unreadable.map((u) => ({ unreadable: u }))]
  items.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0))

  const articles = new JsonLinesWriter(join(outDir, 'articles.jsonl'))
  const quarantine = new JsonLinesWriter(join(outDir, 'quarantine.jsonl'))
  const manifest = new ManifestWriter(join(outDir, 'manifest.json'), drop)
  // Threads for a handful of files would cost more to start than they save.
  const workers = items.length < SMALL_DROP && !files.some((f) => JSON_LINES.test(f.path)) ? 0 : (options.workers ?? 0)
  const processor = await createProcessor(workers)
  const window = new Window(Math.max(1, workers) * 8)
  let writing = Promise.resolve()
  // Each write waits for the one before it, so the outputs follow the drop's order.
  const inOrder = (write: () => Promise<void>): void => {
    writing = writing.then(write)
  }
  const writeResult = async (result: TaskResult): Promise<void> => {
    for (const r of result.records) await articles.write(r)
    for (const q of result.quarantine) await quarantine.write(q)
  }
  try {
    let done = 0
    for (const item of items) {
      if ('unreadable' in item) inOrder(() => writeFile(unreadableResult(item.unreadable)))
      else if (JSON_LINES.test(item.file.path)) await feedJsonLines(item.file)
      else {
        await window.enter()
        const result = safely(processor, { file: item.file }) as Promise<FileResult>
        inOrder(async () => {
          await writeFile(await result)
          window.leave()
        })
      }
      inOrder(async () => options.onProgress?.(++done, items.length))
    }
    await writing
  } catch (error) {
    await Promise.all([articles.abort(), quarantine.abort(), manifest.abort()])
    throw error
  } finally {
    await processor.close()
  }
  const counts = await manifest.close({ articles: await articles.close(), quarantine: await quarantine.close() })
  return { drop, outDir, files: counts.files, records: counts.records, quarantined: counts.quarantined, counts }

  async function writeFile(result: FileResult): Promise<void> {
    await writeResult(result)
    await manifest.addFile(result.file)
  }

  // A JSON Lines file goes out batch by batch; its manifest entry is written around its batches.
  async function feedJsonLines(file: DropFile): Promise<void> {
    let records = 0
    const lines: number[] = []
    let failure: QuarantineEntry | undefined
    inOrder(() => manifest.beginFile(file.path))
    const batches = readJsonLines(file.absolute, file.path)
    let end: JsonLinesEnd | undefined
    try {
      for (let next = await batches.next(); ; next = await batches.next()) {
        if (next.done) {
          end = next.value
          break
        }
        await window.enter()
        const result = safely(processor, { batch: next.value })
        inOrder(async () => {
          const r = await result
          await writeResult(r)
          await manifest.addRecords(r.ids)
          records += r.ids.length
          for (const q of r.quarantine) if (q.line !== undefined) lines.push(q.line)
          window.leave()
        })
      }
    } catch (error) {
      const undecodable = error instanceof UndecodableError
      const reason = undecodable ? error.message : `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      failure = { path: file.path, stage: undecodable ? 'decode' : 'read', rule: undecodable ? 'undecodable' : 'unreadable', reason }
    }
    inOrder(async () => {
      const ok = records > 0 && !failure
      const reason = failure?.reason ?? (ok ? undefined : lines.length > 0 ? 'no line could be processed' : 'no articles in the file')
      if (!ok) await quarantine.write(failure ?? { path: file.path, sha256: end?.sha256, stage: 'assemble', rule: 'no-text', reason })
      await manifest.endFile({
        size: end?.size ?? 0,
        sha256: end?.sha256 ?? '',
        format: 'jsonl',
        outcome: ok ? 'ok' : 'quarantined',
        ...(reason ? { reason } : {}),
        ...(lines.length > 0 ? { quarantined_lines: lines } : {}),
      })
    })
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

// A worker that dies on a task (out of memory, a crash) loses that task only: it is quarantined.
async function safely(processor: Processor, task: Task): Promise<TaskResult | FileResult> {
  try {
    return await processor.run(task)
  } catch (error) {
    const reason = `worker failed: ${(error as Error).message}`
    if ('file' in task) return failed(task.file.path, 0, '', 'unknown', { path: task.file.path, stage: 'worker', rule: 'worker-failed', reason })
    return {
      records: [],
      ids: [],
      quarantine: task.batch.lines.map((_, i) => ({ path: task.batch.path, line: task.batch.first + i, stage: 'worker', rule: 'worker-failed', reason })),
    }
  }
}

function unreadableResult(u: Unreadable): FileResult {
  return failed(u.path, 0, '', 'unknown', { path: u.path, stage: 'read', rule: 'unreadable', reason: u.reason })
}
