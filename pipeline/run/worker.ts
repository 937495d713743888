// The worker thread's task: one file, or one batch of JSON Lines, through the pipeline. Each worker
// loads the lexicons once, on its first task, and keeps them for the rest of the run.
import { processFile, processLines } from './process-file.js'
import type { Task, TaskResult } from '../contracts.js'

export default async function runTask(task: Task): Promise<TaskResult> {
  const { budgetMs, stages } = task
  return 'file' in task ? processFile(task.file, { budgetMs, stages }) : processLines(task.batch, { budgetMs, stages })
}
