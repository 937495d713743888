// Collecting a drop: a local run (`runDrop`) whose tasks are answered with the results the workers
// stored instead of being computed, so that it writes the drop's outputs — records, quarantine, tables,
// Parquet, manifest — with the very bytes of a local run. A task that failed after its last attempt is
// answered with its error, which the run quarantines as it quarantines a local worker's failure.
import { access } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Redis } from 'ioredis'
import type { Processor } from '../run/pool.js'
import { runDrop, type DropSummary } from '../run/run-drop.js'
import { StorageError } from '../errors.js'
import { areStored, countStored, findDrop, isRegistered, markStored, openQueue, withRedis, type DropEntry } from './queue.js'
import { readResult, resultFile, storeFailure, type Stored } from './store.js'
import { describeTask, jobTask, listTasks, taskKey, type JobTask } from './tasks.js'

export interface CollectOptions {
  /** Redis URL. */
  redis: string
  /** Where the outputs go (`<out>/<drop>/`); by default the shared folder the drop was enqueued with. */
  out?: string
  /** Wait for the drop's last tasks, instead of failing while some are not done. */
  wait?: boolean
  /** Called at each look while waiting, with the tasks done and the drop's total. */
  onWaiting?: (done: number, jobs: number) => void
}

const POLL_MS = 1_000
// Result files looked for at once.
const LOOKUPS = 64

/** Collects a drop (by its registered name or its folder) once all its tasks are done. */
export async function collectDrop(drop: string, options: CollectOptions): Promise<DropSummary> {
  return withRedis(options.redis, async (client) => {
    const found = await findDrop(client, drop)
    for (;;) {
      await storeStalledFailures(client, found.drop, found.entry)
      const done = await countStored(client, found.drop)
      if (done >= found.entry.jobs) break
      if (!options.wait) throw new StorageError(`${found.drop}: ${done} of ${found.entry.jobs} tasks done; \`trich collect --wait\` waits for the rest`)
      options.onWaiting?.(done, found.entry.jobs)
      await sleep(POLL_MS)
      // Redis restarted without its data: the drop's tasks are gone, and waiting would never end.
      if (!(await isRegistered(client, found.drop))) {
        throw new StorageError(`${found.drop}: the drop is no longer registered in Redis (restarted without persistence?): its tasks are lost; enqueue it again`)
      }
    }
    return collectStored(found.drop, found.entry, options.out ?? found.entry.store, options.wait ?? false)
  })
}

/** Writes the outputs of a drop whose tasks are all done, from their stored results. */
export async function collectStored(drop: string, entry: DropEntry, out: string, waitForLock = false): Promise<DropSummary> {
  const missing = await missingResults(drop, entry)
  if (missing.length > 0) {
    throw new StorageError(`${drop}: no stored result for ${missing.length} tasks (${missing.slice(0, 3).join(', ')}…): the drop changed since it was enqueued, or the workers store their results elsewhere than ${entry.store}`)
  }
  return runDrop(entry.dir, { out, name: drop, budgetMs: entry.budgetMs, stages: entry.stages, processor: storedResults(entry.store, drop), waitForLock })
}

/** The tasks answered from the store: the result stored, or the stored error thrown again. */
function storedResults(store: string, drop: string): Processor {
  return {
    run: async (task) => {
      const stored = await readResult(resultFile(store, drop, taskKey(drop, jobTask(task))))
      if ('error' in stored) throw Object.assign(new Error(stored.error.message), { name: stored.error.name })
      return stored.result
    },
    close: async () => {},
  }
}

// A missing result would be quarantined by the run as a failure of its task: it is looked for first.
async function missingResults(drop: string, entry: DropEntry): Promise<string[]> {
  const missing: string[] = []
  let batch: JobTask[] = []
  const look = async (): Promise<void> => {
    const found = await Promise.all(batch.map((task) => access(resultFile(entry.store, drop, taskKey(drop, task))).then(() => true, () => false)))
    missing.push(...batch.filter((_, i) => !found[i]).map(describeTask))
    batch = []
  }
  for await (const task of listTasks(entry.dir)) {
    batch.push(task)
    if (batch.length >= LOOKUPS) await look()
  }
  await look()
  return missing
}

// A job whose worker was killed on it more often than BullMQ allows fails without its worker storing
// anything: its failure is stored here, so that the drop is complete and the job's articles quarantined.
async function storeStalledFailures(client: Redis, drop: string, entry: DropEntry): Promise<void> {
  const queue = await openQueue(client)
  try {
    const failed = (await queue.getFailed()).filter((job) => job.data.drop === drop)
    const stored = await areStored(client, drop, failed.map((job) => taskKey(drop, job.data.task)))
    for (const [i, job] of failed.entries()) {
      if (stored[i]) continue
      const error = { name: 'Error', message: job.failedReason }
      await storeFailure(entry.store, drop, job.data.task, error, async (): Promise<Stored> => ({ error }))
      await markStored(client, drop, entry, taskKey(drop, job.data.task))
    }
  } finally {
    await queue.close()
  }
}
