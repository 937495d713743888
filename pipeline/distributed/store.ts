// Task results in the shared folder, one JSON file per task: `<store>/<drop>/.trich-dist/results/<k>/<key>.json`
// (`<k>` the key's first two characters, so that no folder holds millions of files). A result is written
// under a temporary name, synced, and renamed, the folder synced too: once `writeResult` returns, it
// survives a crash of the machine, and only then is its job acknowledged.
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { StorageError } from '../errors.js'
import { singleLines } from '../run/tasks.js'
import { taskKey, type JobTask } from './tasks.js'
import type { TaskResult } from '../contracts.js'

export interface StoredError {
  name: string
  message: string
}

/** What was stored for a task: its result, or the error it failed with after its last attempt. */
export type Stored = { result: TaskResult } | { error: StoredError }

export const resultFile = (store: string, drop: string, key: string): string => join(store, drop, '.trich-dist', 'results', key.slice(0, 2), `${key}.json`)

export async function writeResult(path: string, stored: Stored): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const file = await open(temporary, 'w')
    try {
      await file.writeFile(JSON.stringify(stored))
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  const folder = await open(dirname(path), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** The stored outcome of a task; a file that is not one is a storage error, not a bad article. */
export async function readResult(path: string): Promise<Stored> {
  let stored: Partial<{ result: Partial<TaskResult>; error: Partial<StoredError> }>
  try {
    stored = JSON.parse(await readFile(path, 'utf8')) as typeof stored
  } catch (error) {
    throw new StorageError(`${path}: the stored result of a task cannot be read (${(error as Error).message}): delete it and enqueue the drop again to redo the task`)
  }
  const whole = Array.isArray(stored?.result?.records) && Array.isArray(stored.result.ids) && Array.isArray(stored.result.quarantine) && typeof stored.result.tables === 'object'
  if (!whole && typeof stored?.error?.message !== 'string') {
    throw new StorageError(`${path}: the stored result of a task is damaged (neither a result nor an error): delete it and enqueue the drop again to redo the task`)
  }
  return stored as Stored
}

/**
 * Stores a task's failure. A batch of several lines has each line stored first, with what `line` makes
 * of it: a local run whose batch failed tries its lines one by one, so the collector's run asks for them.
 */
export async function storeFailure(store: string, drop: string, task: JobTask, error: StoredError, line: (task: JobTask) => Promise<Stored>): Promise<void> {
  const lines = 'batch' in task ? singleLines(task.batch).map((batch): JobTask => ({ batch })) : []
  await Promise.all(lines.map(async (one) => writeResult(resultFile(store, drop, taskKey(drop, one)), await line(one))))
  await writeResult(resultFile(store, drop, taskKey(drop, task)), { error })
}
