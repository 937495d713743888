// What a distributed run keeps in Redis: BullMQ's queue of tasks, the registry of drops (where each
// drop's inputs and results are, how many tasks it has), and for each drop the set of tasks whose
// result is stored, with the count each worker stored. Nothing else is shared but the results' folder.
import { basename, resolve } from 'node:path'
import type { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import type { StageSettings } from '../extract.js'
import { version } from '../version.js'
import type { JobTask } from './tasks.js'

// A queue per version of trich: results make a local run's bytes only if the same pipeline made them
// all, so workers take only the tasks of drops enqueued with their version (and machines are upgraded
// one by one, each taking the new drops once it runs the new version).
export const QUEUE = `trich-${version}`

/** A registered drop. */
export interface DropEntry {
  /** The drop's folder (the same path on every machine). */
  dir: string
  /** The shared folder: results are stored in `<store>/<drop>/.trich-dist/`, outputs collected to
   * `<store>/<drop>/` by default. */
  store: string
  /** Its tasks: one per text or HTML file, one per batch of a JSON Lines file's lines. */
  jobs: number
  budgetMs: number
  /** The stages' options it is run with (see `stageRuns`). */
  stages: StageSettings
  /** Collected by the worker that stores its last result. */
  collect: boolean
  /** The version of trich it was enqueued with, the only one that runs and collects it. */
  version: string
}

export interface JobData {
  drop: string
  task: JobTask
}

const DROPS = 'trich:drops'
const storedKey = (drop: string): string => `trich:drop:${drop}:stored`
const workersKey = (drop: string): string => `trich:drop:${drop}:workers`

// Sets and counts at once, so that exactly one worker sees a drop's last result stored, and a task done
// again (its worker was killed after storing, before acknowledging) is counted once.
const MARK_STORED = `
local added = redis.call('SADD', KEYS[1], ARGV[1])
if added == 1 and ARGV[2] ~= '' then redis.call('HINCRBY', KEYS[2], ARGV[2], 1) end
return {added, redis.call('SCARD', KEYS[1])}`

/** Connects to Redis (6.2 or later: enqueueing asks for many set members at once). */
export async function connect(url: string): Promise<Redis> {
  // Loaded here, not at the top: BullMQ and its client take 0.4 s that commands without Redis skip.
  const { Redis } = await import('ioredis')
  // BullMQ's workers block on Redis and must not give up on a command while it reconnects.
  const client = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true })
  // The cause of a failed connection (ECONNREFUSED…) comes as an event, the rejection only says closed.
  let cause: Error | undefined
  const onError = (error: Error): void => void (cause ??= error)
  client.on('error', onError)
  try {
    await client.connect()
    const [major = 0, minor = 0] = (/redis_version:(\d+)\.(\d+)/.exec(await client.info('server')) ?? []).slice(1).map(Number)
    if (major < 6 || (major === 6 && minor < 2)) throw new Error(`Redis ${major}.${minor}: 6.2 or later is needed`)
  } catch (error) {
    client.disconnect()
    throw new Error(`cannot use Redis at ${url}: ${(cause ?? (error as Error)).message}`)
  } finally {
    client.off('error', onError)
  }
  // ioredis reconnects by itself and holds commands meanwhile; a lost connection is said as an event,
  // which must have a listener (else Node prints it as an unhandled error). Callers that can act on it
  // (a worker reports it) listen too.
  client.on('error', () => undefined)
  return client
}

/** Runs `use` with a connection to `url`, closed after. */
export async function withRedis<T>(url: string, use: (client: Redis) => Promise<T>): Promise<T> {
  const client = await connect(url)
  try {
    return await use(client)
  } finally {
    client.disconnect()
  }
}

export async function openQueue(client: Redis): Promise<Queue<JobData>> {
  const { Queue } = await import('bullmq')
  return new Queue<JobData>(QUEUE, { connection: client })
}

/** Registers a drop. One registered already must be the same: a changed drop is enqueued under a new
 * name, since the results stored for it may be those of its old inputs. */
export async function registerDrop(client: Redis, drop: string, entry: DropEntry): Promise<void> {
  if (await client.hsetnx(DROPS, drop, JSON.stringify(entry))) return
  const known = JSON.parse((await client.hget(DROPS, drop)) ?? '{}') as DropEntry
  const text = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value) : String(value))
  const changed = (Object.keys(entry) as Array<keyof DropEntry>).filter((field) => text(known[field]) !== text(entry[field]))
  if (changed.length > 0) throw new Error(`${drop} is registered already, with ${changed.map((field) => `${field} ${text(known[field])} (now ${text(entry[field])})`).join(', ')}: enqueue a changed drop under a new name`)
}

/** The drop registered under the name `drop`, or from the folder `drop`, with this version of trich. */
export async function findDrop(client: Redis, drop: string): Promise<{ drop: string; entry: DropEntry }> {
  const found = await registered(client, drop)
  if (found.entry.version !== version) throw new Error(`${found.drop} was enqueued with trich ${found.entry.version}; this is trich ${version}`)
  return found
}

/** Whether a drop is registered under the name `drop`. */
export const isRegistered = async (client: Redis, drop: string): Promise<boolean> => (await client.hexists(DROPS, drop)) === 1

async function registered(client: Redis, drop: string): Promise<{ drop: string; entry: DropEntry }> {
  const byName = await client.hget(DROPS, drop)
  if (byName) return { drop, entry: JSON.parse(byName) as DropEntry }
  const dir = resolve(drop)
  const byFolder = await client.hget(DROPS, basename(dir))
  const entry = byFolder ? (JSON.parse(byFolder) as DropEntry) : undefined
  if (entry?.dir === dir) return { drop: basename(dir), entry }
  throw new Error(`no drop ${drop} is registered: enqueue it first`)
}

/** Marks a task's result stored, by `worker` (if named); true when it was the drop's last. */
export async function markStored(client: Redis, drop: string, entry: DropEntry, key: string, worker = ''): Promise<boolean> {
  const [added, stored] = (await client.eval(MARK_STORED, 2, storedKey(drop), workersKey(drop), key, worker)) as [number, number]
  return added === 1 && stored === entry.jobs
}

export const countStored = (client: Redis, drop: string): Promise<number> => client.scard(storedKey(drop))

/** Which of `keys` have their result stored. */
export async function areStored(client: Redis, drop: string, keys: string[]): Promise<boolean[]> {
  if (keys.length === 0) return []
  return (await client.smismember(storedKey(drop), ...keys)).map((member) => member === 1)
}

/** Results stored by each worker. */
export async function storedByWorker(client: Redis, drop: string): Promise<Record<string, number>> {
  const counts = await client.hgetall(workersKey(drop))
  return Object.fromEntries(Object.entries(counts).map(([worker, n]) => [worker, Number(n)]))
}
