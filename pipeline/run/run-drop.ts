// A drop run: every file of the drop through the pipeline with bounded concurrency, records written
// in the drop's file order as they complete (a reorder window, not the whole drop, is held in memory),
// quarantined inputs listed with their reasons, and a manifest that accounts for every file.
import { mkdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import PQueue from 'p-queue'
import { listDrop } from './files.js'
import { buildManifest, type Manifest } from './manifest.js'
import { JsonLinesWriter, writeFileAtomic } from './output.js'
import { processFile, type FileOutcome, type FileResult } from './process-file.js'

export interface RunOptions {
  /** The output folder; the drop's results go to `<out>/<drop name>/`. */
  out: string
  /** Files processed at once (default 4). */
  concurrency?: number
  /** Called after each file, with the files done and the total. */
  onProgress?: (done: number, total: number) => void
}

export interface DropSummary {
  drop: string
  outDir: string
  files: number
  records: number
  quarantined: number
  manifest: Manifest
}

export async function runDrop(dropDir: string, options: RunOptions): Promise<DropSummary> {
  const root = resolve(dropDir)
  if (!(await stat(root)).isDirectory()) throw new Error(`${dropDir}: not a folder`)
  const drop = basename(root)
  const outDir = join(resolve(options.out), drop)
  await mkdir(outDir, { recursive: true })

  const { files, unreadable } = await listDrop(root)
  const articles = new JsonLinesWriter(join(outDir, 'articles.jsonl'))
  const quarantine = new JsonLinesWriter(join(outDir, 'quarantine.jsonl'))
  const outcomes: FileOutcome[] = []
  let records = 0
  let quarantined = 0
  try {
    for (const u of unreadable) {
      const entry = { path: u.path, stage: 'read', rule: 'unreadable', reason: u.reason }
      await quarantine.write(entry)
      outcomes.push({ path: u.path, size: 0, sha256: '', format: 'unknown', outcome: 'quarantined', reason: u.reason, records: [] })
      quarantined++
    }
    const concurrency = options.concurrency ?? 4
    const queue = new PQueue({ concurrency })
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
        records += result.records.length
        quarantined += result.quarantine.length
        outcomes.push(result.file)
      }
    }
    let writing = Promise.resolve()
    for (const [index, file] of files.entries()) {
      await queue.onSizeLessThan(concurrency * 2)
      void queue.add(async () => {
        const result = await processFile(file)
        pending.set(index, result)
        const written = (writing = writing.then(flush))
        await written
        options.onProgress?.(++done, files.length)
      })
    }
    await queue.onIdle()
    await writing
  } catch (error) {
    await articles.abort()
    await quarantine.abort()
    throw error
  }
  const written = { articles: await articles.close(), quarantine: await quarantine.close() }
  const manifest = buildManifest(drop, outcomes, written)
  await writeFileAtomic(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return { drop, outDir, files: files.length + unreadable.length, records, quarantined, manifest }
}
