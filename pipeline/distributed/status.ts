// A distributed drop's progress: its tasks done, failed (with their reasons), in hand (with the worker
// on each) and waiting, and the results each worker stored.
import { areStored, countStored, findDrop, openQueue, storedByWorker, withRedis } from './queue.js'
import { describeTask, taskKey } from './tasks.js'

export interface DropStatus {
  drop: string
  jobs: number
  /** Tasks whose result is stored, the failed ones apart. */
  done: number
  failed: Array<{ task: string; reason: string }>
  active: Array<{ task: string; worker: string }>
  /** Tasks not started, or waiting for another attempt. */
  waiting: number
  /** Results stored by each worker, failures included. */
  workers: Record<string, number>
}

export async function dropStatus(drop: string, options: { redis: string }): Promise<DropStatus> {
  return withRedis(options.redis, async (client) => {
    const found = await findDrop(client, drop)
    const ofDrop = <T extends { data: { drop: string } }>(jobs: T[]): T[] => jobs.filter((job) => job.data.drop === found.drop)
    const queue = await openQueue(client)
    try {
      const [failedJobs, activeJobs, stored, workers] = await Promise.all([queue.getFailed().then(ofDrop), queue.getActive().then(ofDrop), countStored(client, found.drop), storedByWorker(client, found.drop)])
      // A failure is counted as stored, once its worker has stored it.
      const failuresStored = (await areStored(client, found.drop, failedJobs.map((job) => taskKey(found.drop, job.data.task)))).filter(Boolean).length
      const failed = failedJobs.map((job) => ({ task: describeTask(job.data.task), reason: job.failedReason }))
      const active = activeJobs.map((job) => ({ task: describeTask(job.data.task), worker: job.processedBy ?? '?' }))
      const done = stored - failuresStored
      // A job can be seen both active and stored for the moment between the two: the count stays at 0.
      const waiting = Math.max(0, found.entry.jobs - done - failed.length - active.length)
      return { drop: found.drop, jobs: found.entry.jobs, done, failed, active, waiting, workers }
    } finally {
      await queue.close()
    }
  })
}
