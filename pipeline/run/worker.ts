// The worker thread's task: one file, or one batch of JSON Lines, through the pipeline. Each worker
// loads the lexicons once, on its first task, and keeps them for the rest of the run.
import type { DropFile } from './files.js'
import { processFile, processLines, type LineBatch, type TaskResult } from './process-file.js'

/** One file or one batch of lines, and the time each article may take. */
export type Task = ({ file: DropFile } | { batch: LineBatch }) & { budgetMs?: number }

export default async function runTask(task: Task): Promise<TaskResult> {
  return 'file' in task ? processFile(task.file, task.budgetMs) : processLines(task.batch, task.budgetMs)
}
