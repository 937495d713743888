// Where files are processed: in this thread (workers: 0) or in a pool of worker threads, one per core
// by default. Either way the caller gets one result per task.
import { availableParallelism } from 'node:os'
import { threadScript } from '../paths.js'
import runTask from './worker.js'
import type { Task, TaskResult } from '../contracts.js'

export interface Processor {
  /** A task's result; a worker still on it when `signal` aborts is terminated (in this thread, the
   * pipeline's own budget checks are what stops an article). */
  run(task: Task, signal?: AbortSignal): Promise<TaskResult>
  close(): Promise<void>
}

const WORKER_HEAP_MB = 512
// A worker's young generation, where a pipeline run's short-lived nodes, tokens and strings die. With
// resourceLimits set, V8 otherwise gives it only a few MB: objects outlive it and get promoted, and
// measured on 2,000 articles the worker spent twice the CPU (28 s against 14 s), mostly collecting.
const WORKER_YOUNG_MB = 64

export const defaultWorkers = (): number => availableParallelism()

export async function createProcessor(workers: number): Promise<Processor> {
  if (workers <= 0) return { run: runTask, close: async () => {} }
  const { Piscina } = await import('piscina')
  const pool = new Piscina<Task, TaskResult>({
    filename: threadScript(import.meta.url, 'worker.js'),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    // A worker's heap needs ~100 MB (lexicons, code, one batch); a cap makes V8 collect instead of
    // growing, so that a long run's memory stays flat. A task that needs more fails alone.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  })
  return {
    run: (task, signal) => pool.run(task, { signal }),
    close: () => pool.destroy(),
  }
}
