// A distributed worker: a BullMQ worker whose jobs run in a pool of worker threads, as a local run's
// tasks do, and whose results are stored in the shared folder before the job is acknowledged. A worker
// killed on a job stops renewing its lock, and BullMQ's stalled-job check gives the job to another: the
// result is computed again, to the same bytes under the same name, and counted once.
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Job, Worker } from 'bullmq'
import { checkLimits } from '../run/limits.js'
import { hardLimit, unitsOf } from '../run/tasks.js'
import { createProcessor, defaultWorkers } from '../run/pool.js'
import type { DropSummary } from '../run/run-drop.js'
import { collectStored } from './collect.js'
import { connect, findDrop, markStored, QUEUE, type DropEntry, type JobData } from './queue.js'
import { resultFile, storeFailure, writeResult, type Stored } from './store.js'
import { pipelineTask, taskKey, type JobTask } from './tasks.js'

// How long an idle worker's close waits for BullMQ to let go, Redis gone or not.
const IDLE_CLOSE_MS = 3_000

export interface WorkerOptions {
  /** Redis URL. */
  redis: string
  /** Threads, each on one task at a time (default: one per core). */
  concurrency?: number
  /** The worker's name in `trich status` (default `<host>:<pid>`). */
  name?: string
  /** A job whose worker has not renewed its lock for this long goes to another worker (default 30 s). */
  lockMs?: number
  /** A drop this worker collected, having stored its last result. */
  onCollected?: (summary: DropSummary) => void
  /** A job whose worker stopped on it (found by this worker's check), by its id: it is queued again. */
  onStalled?: (job: string) => void
  /** A drop it could not collect, or a connection problem. */
  onError?: (error: Error) => void
}

export interface DistributedWorker {
  name: string
  /** Jobs being run now. */
  inHand(): number
  /** Finishes the jobs in hand (and a collect under way), then stops. */
  close(): Promise<void>
}

export async function startWorker(options: WorkerOptions): Promise<DistributedWorker> {
  checkLimits({ workers: options.concurrency }, { workers: 'concurrency', budgetMs: 'budgetMs' })
  const concurrency = Math.max(1, options.concurrency ?? defaultWorkers())
  const name = options.name ?? `${hostname()}:${process.pid}`
  const lockMs = options.lockMs ?? 30_000
  const onError = options.onError ?? (() => {})
  const client = await connect(options.redis)
  // Threads even for one task at a time: the locks are renewed from this thread, which must stay free.
  const processor = await createProcessor(concurrency)
  const entries = new Map<string, DropEntry>()
  const collecting = new Set<Promise<void>>()

  const entryOf = async (drop: string): Promise<DropEntry> => {
    const entry = entries.get(drop) ?? (await findDrop(client, drop)).entry
    entries.set(drop, entry)
    return entry
  }
  // A task past its hard time limit has its thread stopped, and fails as timed out.
  const attempt = async (task: JobTask, entry: DropEntry): Promise<Stored> => {
    try {
      return { result: await processor.run(pipelineTask(task, entry.dir, { budgetMs: entry.budgetMs, stages: entry.stages }), AbortSignal.timeout(hardLimit(entry.budgetMs, unitsOf(task)))) }
    } catch (error) {
      return { error: { name: (error as Error).name, message: (error as Error).message } }
    }
  }
  const collect = (drop: string, entry: DropEntry): void => {
    const collected: Promise<void> = collectStored(drop, entry, entry.store)
      .then((summary) => options.onCollected?.(summary), onError)
      .finally(() => collecting.delete(collected))
    collecting.add(collected)
  }

  const { UnrecoverableError, Worker: BullWorker } = await import('bullmq')
  let inHand = 0
  // A job: its task run in a thread, and its result (or, after its last attempt, its failure) stored.
  const take = async (job: Job<JobData>): Promise<void> => {
    const { drop, task } = job.data
    const entry = await entryOf(drop)
    const key = taskKey(drop, task)
    const outcome = await attempt(task, entry)
    if ('error' in outcome) {
      // A task past its time is not tried again, as locally; other failures are, up to the job's attempts.
      const last = outcome.error.name === 'AbortError' || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
      if (!last) throw new Error(outcome.error.message)
      await storeFailure(entry.store, drop, task, outcome.error, (line) => attempt(line, entry))
    } else await writeResult(resultFile(entry.store, drop, key), outcome)
    if ((await markStored(client, drop, entry, key, name)) && entry.collect) collect(drop, entry)
    // Failed for good, its failure stored: no attempt may come after to store another outcome.
    if ('error' in outcome) throw new UnrecoverableError(outcome.error.message)
  }

  const worker: Worker<JobData> = new BullWorker<JobData>(
    QUEUE,
    async (job) => {
      inHand++
      try {
        return await take(job)
      } finally {
        inHand--
      }
    },
    // Twice as many jobs in hand as threads: while one job's result is made durable (two fsyncs, about
    // as long as a short article takes), its thread is on the next. Measured here with one thread on 600
    // short articles: 6.0–9.1 s against 9.4–11.4 s with one job in hand.
    { connection: client, concurrency: concurrency * 2, name, lockDuration: lockMs, stalledInterval: lockMs },
  )
  worker.on('error', onError)
  worker.on('stalled', (job) => options.onStalled?.(job))

  return {
    name,
    inHand: () => inHand,
    close: async () => {
      // With nothing in hand there is nothing to finish: the worker stops at once, Redis up or not (BullMQ's
      // own close waits for Redis, which may be gone).
      if (inHand === 0 && collecting.size === 0) await Promise.race([worker.close(true), sleep(IDLE_CLOSE_MS)])
      else await worker.close()
      await Promise.all(collecting)
      await processor.close()
      client.disconnect()
    },
  }
}
