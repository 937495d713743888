// A drop's tasks as a local run gives them out — a text or HTML file, or a batch of a JSON Lines file's
// lines, read by the same reader — so that the results stored for them are the ones the collector's run
// asks for. A task's key names it in the queue and in the results' folder.
import { join } from 'node:path'
import { sha256, type PipelineOptions } from '../extract.js'
import { listDrop } from '../run/files.js'
import { readJsonLines } from '../run/json-lines.js'
import { isJsonLines } from '../stages/decode.js'
import type { LineBatch, Task } from '../contracts.js'

/** A task as a job holds it: a file by its path in the drop, or a batch with its lines. */
export type JobTask = { path: string } | { batch: LineBatch }

/** The drop's tasks, in its order. Files that cannot be listed or read have none: the collector's run
 * quarantines them, as a local run does. */
export async function* listTasks(dir: string): AsyncGenerator<JobTask> {
  const { files } = await listDrop(dir)
  for (const file of files) {
    if (!isJsonLines(file.path)) {
      yield { path: file.path }
      continue
    }
    // A file that cannot be read further has the tasks read before the failure, as locally.
    try {
      for await (const { batch } of readJsonLines(file.absolute, file.path)) yield { batch }
    } catch {}
  }
}

/** The task's key: the same for the same task of the same drop, whoever computes it. A batch is told by
 * its lines' count too: one that failed has its first line tried alone, from the same line. */
export function taskKey(drop: string, task: JobTask): string {
  return sha256(JSON.stringify('path' in task ? [drop, task.path] : [drop, task.batch.path, task.batch.first, task.batch.lines.length]))
}

/** The task for people: its file, and its lines for a batch. */
export function describeTask(task: JobTask): string {
  if ('path' in task) return task.path
  const { path, first, lines } = task.batch
  return `${path} lines ${first}–${first + lines.length - 1}`
}

/** The job's form of a pipeline task. */
export const jobTask = (task: Task): JobTask => ('file' in task ? { path: task.file.path } : { batch: task.batch })

/** The pipeline task of a job, for the drop in `dir`, run with `options`. */
export function pipelineTask(task: JobTask, dir: string, options: PipelineOptions): Task {
  return 'path' in task ? { file: { path: task.path, absolute: join(dir, task.path) }, ...options } : { batch: task.batch, ...options }
}

