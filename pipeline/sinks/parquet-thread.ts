// Parquet is written by DuckDB in a thread of its own, started with the run: loading DuckDB's native
// library takes a quarter of a second, which then passes while the articles are being extracted
// instead of after them (on one article, half the time of the run).
import { Worker } from 'node:worker_threads'
import { threadScript } from '../paths.js'
import type { ParquetJob } from './parquet.js'

export interface ParquetThread {
  /** Converts the tables; how many rows each got. */
  write(jobs: readonly ParquetJob[]): Promise<number[]>
  close(): Promise<void>
}

export function startParquetThread(): ParquetThread {
  const worker = new Worker(new URL(threadScript(import.meta.url, 'parquet-worker.js')))
  // Until it is given work, the thread must not keep the process alive.
  worker.unref()
  return {
    write: (jobs) =>
      new Promise((resolve, reject) => {
        worker.ref()
        worker.once('error', reject)
        worker.once('message', (reply: { rows?: number[]; error?: string }) => {
          worker.off('error', reject)
          worker.unref()
          if (reply.rows) resolve(reply.rows)
          else reject(new Error(`cannot write Parquet: ${reply.error}`))
        })
        worker.postMessage(jobs)
      }),
    close: async () => {
      await worker.terminate()
    },
  }
}
