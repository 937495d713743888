// Enqueueing a drop: it is registered (its folder, the shared folder for its results, its count of
// tasks), then each task is added as a job whose id is the task's key. A task already queued or already
// stored is not added again, so enqueueing the same drop again adds nothing.
import { join, resolve } from 'node:path'
import type { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { DEFAULT_BUDGET_MS, type StageSettings } from '../extract.js'
import { checkDropFolder } from '../run/files.js'
import { claimOutputFolder, makeOutputFolder, outputName } from '../run/output-folder.js'
import { version } from '../version.js'
import { areStored, openQueue, registerDrop, withRedis, type JobData } from './queue.js'
import { listTasks, taskKey, type JobTask } from './tasks.js'

export interface EnqueueOptions {
  /** Redis URL (`redis://host:6379`). */
  redis: string
  /** The shared folder, which every worker and the collector reach at the same path. */
  out: string
  /** Time one article may take (default DEFAULT_BUDGET_MS). */
  budgetMs?: number
  /** Options for some stages, by stage name. */
  stages?: StageSettings
  /** Collect the drop in the worker that stores its last result (default true). */
  collect?: boolean
  /** The drop's name, in Redis and for its outputs (default: its folder's name). */
  name?: string
}

export interface Enqueued {
  drop: string
  /** The drop's tasks. */
  jobs: number
  /** The jobs this call added. */
  added: number
}

// A job that fails is tried again twice, after 2 then 4 seconds; after its last attempt its failure is
// stored, and the collector quarantines its articles. Completed jobs leave Redis (their results are in
// the shared folder); failed ones stay, with their reasons, for `trich status`.
export const JOB_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: false }
// Jobs added per round trip.
const CHUNK = 500

export async function enqueueDrop(dropDir: string, options: EnqueueOptions): Promise<Enqueued> {
  const dir = resolve(dropDir)
  await checkDropFolder(dropDir)
  const drop = outputName(dir, options.name)
  // The shared folder's `<drop>/` is this drop's: results and outputs of another drop of the name are refused.
  await makeOutputFolder(dir, join(resolve(options.out), drop))
  await claimOutputFolder(dir, join(resolve(options.out), drop))
  // The count is registered before any job is added, so that a worker knows when it stores the last.
  let jobs = 0
  for await (const _ of listTasks(dir)) jobs++
  return withRedis(options.redis, async (client) => {
    await registerDrop(client, drop, { dir, store: resolve(options.out), jobs, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS, stages: options.stages ?? {}, collect: options.collect ?? true, version })
    const queue = await openQueue(client)
    try {
      let added = 0
      let chunk: JobTask[] = []
      const flush = async (): Promise<void> => {
        const n = await addNew(client, queue, drop, chunk)
        added += n
        chunk = []
      }
      for await (const task of listTasks(dir)) {
        chunk.push(task)
        if (chunk.length >= CHUNK) await flush()
      }
      await flush()
      return { drop, jobs, added }
    } finally {
      await queue.close()
    }
  })
}

async function addNew(client: Redis, queue: Queue<JobData>, drop: string, tasks: JobTask[]): Promise<number> {
  const keys = tasks.map((task) => taskKey(drop, task))
  const stored = await areStored(client, drop, keys)
  const queued = await Promise.all(keys.map((key) => client.exists(queue.toKey(key))))
  const fresh = tasks.flatMap((task, i) => (stored[i] || queued[i] ? [] : [{ name: drop, data: { drop, task }, opts: { ...JOB_OPTIONS, jobId: keys[i] } }]))
  await queue.addBulk(fresh)
  return fresh.length
}
