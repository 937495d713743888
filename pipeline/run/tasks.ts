// A drop's units of work, given out the same way by a local run and a distributed one: a text or HTML
// file, or a batch of a JSON Lines file's lines. Here are the task, its hard time limit, and what
// becomes of a task whose worker fails: it alone is quarantined, and a batch is tried again line by
// line, so that only the line at fault is lost.
import { StorageError } from '../errors.js'
import type { Processor } from './pool.js'
import type { FileResult, LineBatch, Task, TaskResult } from '../contracts.js'
import { failed } from './process-file.js'
import { emptyTables, mergeTables } from '../sinks/table-files.js'

/** Tasks given out per worker ahead of their results being written (a batch of JSON Lines counts as its
 * lines): enough that a slow article does not leave the worker idle while the ones after it wait. */
export const AHEAD = 16

// Node's timers hold at most 2³¹−1 ms (about 24.8 days); a longer limit would be refused.
const MAX_TIMER_MS = 2 ** 31 - 1

/** A task's hard time limit: its articles' budgets, plus the tasks that may be queued before it on its
 * worker. The pipeline itself stops an article that overruns between its stages; this limit is for an
 * article stuck inside one, whose worker is then terminated. */
export const hardLimit = (budgetMs: number, units: number): number => Math.min(MAX_TIMER_MS, Math.ceil(budgetMs * (units + AHEAD)) + 1_000)

/** The articles of a task, which its time limit counts. */
export const unitsOf = (task: Task | { batch: LineBatch } | { path: string }): number => ('batch' in task ? task.batch.lines.length : 1)

/** A batch of several lines as batches of one line each, as a failed batch is tried again. */
export function singleLines(batch: LineBatch): LineBatch[] {
  return batch.lines.length < 2 ? [] : batch.lines.map((line, i) => ({ ...batch, first: batch.first + i, lines: [line] }))
}

/** The task's result from `processor`; a worker that fails on it (out of memory, a crash, past its time)
 * gives a result that quarantines it, a batch line by line. An error reading stored results is not the
 * article's fault, and ends the run. */
export async function runSafely(processor: Processor, task: Task, budgetMs: number): Promise<TaskResult | FileResult> {
  try {
    return await processor.run(task, AbortSignal.timeout(hardLimit(budgetMs, unitsOf(task))))
  } catch (error) {
    if (error instanceof StorageError) throw error
    const timedOut = (error as Error).name === 'AbortError'
    const reason = timedOut ? `exceeded the time budget of ${budgetMs} ms (the worker was stopped)` : `worker failed: ${(error as Error).message}`
    const rule = timedOut ? 'time-budget' : 'worker-failed'
    if ('file' in task) return failed(task.file.path, 0, '', 'unknown', { path: task.file.path, stage: 'worker', rule, reason })
    const lines = singleLines(task.batch)
    if (lines.length === 0) return { records: [], ids: [], tables: emptyTables(), quarantine: [{ path: task.batch.path, line: task.batch.first, stage: 'worker', rule, reason }] }
    const one = await Promise.all(lines.map((batch) => runSafely(processor, { ...task, batch }, budgetMs)))
    const tables = emptyTables()
    for (const r of one) mergeTables(tables, r.tables)
    return { records: one.flatMap((r) => r.records), ids: one.flatMap((r) => r.ids), tables, quarantine: one.flatMap((r) => r.quarantine) }
  }
}
