// Where files are processed: in this thread (workers: 0) or in a pool of worker threads, one per core
// by default. Either way the caller gets one FileResult per file.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { packageRoot } from '../paths.js'
import type { DropFile } from './files.js'
import { processFile, type FileResult } from './process-file.js'

export interface Processor {
  process(file: DropFile): Promise<FileResult>
  close(): Promise<void>
}

export const defaultWorkers = (): number => availableParallelism()

// The worker runs compiled JavaScript: from the build itself, or, when this module runs from its
// TypeScript source (tests), from the build beside it.
function workerFile(): string {
  const here = fileURLToPath(import.meta.url)
  const built = here.endsWith('.ts') ? join(packageRoot, 'dist', 'pipeline', 'run', 'worker.js') : join(here, '..', 'worker.js')
  if (!existsSync(built)) throw new Error(`trich: no built worker at ${built}; run \`npm run build\``)
  return pathToFileURL(built).href
}

export async function createProcessor(workers: number): Promise<Processor> {
  if (workers <= 0) return { process: processFile, close: async () => {} }
  const { Piscina } = await import('piscina')
  const pool = new Piscina<DropFile, FileResult>({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 })
  return {
    process: (file) => pool.run(file),
    close: () => pool.destroy(),
  }
}
