// A drop run: every file of the drop through the pipeline (in a pool of worker threads, or in this
// thread), with a bounded number of files in flight. Results are written in the drop's file order as
// they complete, so only a small reorder window is ever held in memory; quarantined inputs are listed
// with their reasons, and the manifest accounts for every file.
import { mkdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import PQueue from 'p-queue'
import { listDrop, type DropFile, type Unreadable } from './files.js'
import { ManifestWriter, type Manifest } from './manifest.js'
import { JsonLinesWriter } from './output.js'
import { createProcessor } from './pool.js'
import type { FileResult } from './process-file.js'

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
  const workers = items.length < SMALL_DROP ? 0 : (options.workers ?? 0)
  const processor = await createProcessor(workers)
  const inFlight = Math.max(1, workers) * 4
  try {
    const queue = new PQueue({ concurrency: inFlight })
    const pending = new Map<number, FileResult>()
    let next = 0
    let done = 0
    // Results are written strictly in file order; later files wait in `pending` until their turn.
    const flush = async (): Promise<void> => {
      while (pending.has(next)) {
        const result = pending.get(next)!
        pending.delete(next++)
        for (const r of result.records) await articles.write(r)
        for (const q of result.quarantine) await quarantine.write(q)
        await manifest.addFile(result.file)
      }
    }
    let writing = Promise.resolve()
    for (const [index, item] of items.entries()) {
      await queue.onSizeLessThan(inFlight)
      void queue.add(async () => {
        const result = 'file' in item ? await processSafely(processor.process, item.file) : unreadableResult(item.unreadable)
        pending.set(index, result)
        await (writing = writing.then(flush))
        options.onProgress?.(++done, items.length)
      })
    }
    await queue.onIdle()
    await writing
  } catch (error) {
    await Promise.all([articles.abort(), quarantine.abort(), manifest.abort()])
    throw error
  } finally {
    await processor.close()
  }
  const counts = await manifest.close({ articles: await articles.close(), quarantine: await quarantine.close() })
  return { drop, outDir, files: counts.files, records: counts.records, quarantined: counts.quarantined, counts }
}

// A worker that dies on a file (out of memory, a crash) loses that file only: it is quarantined.
async function processSafely(process: (file: DropFile) => Promise<FileResult>, file: DropFile): Promise<FileResult> {
  try {
    return await process(file)
  } catch (error) {
    const reason = `worker failed: ${(error as Error).message}`
    return {
      file: { path: file.path, size: 0, sha256: '', format: 'unknown', outcome: 'quarantined', reason, records: [] },
      records: [],
      quarantine: [{ path: file.path, stage: 'worker', rule: 'worker-failed', reason }],
    }
  }
}

function unreadableResult(u: Unreadable): FileResult {
  return {
    file: { path: u.path, size: 0, sha256: '', format: 'unknown', outcome: 'quarantined', reason: u.reason, records: [] },
    records: [],
    quarantine: [{ path: u.path, stage: 'read', rule: 'unreadable', reason: u.reason }],
  }
}
