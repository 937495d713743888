// The limits a run's options must keep, shared by local and distributed runs: how many threads, how long
// an article may take, and the hard time limit of a task, whose timer Node caps.
import { availableParallelism } from 'node:os'
import { UsageError } from '../errors.js'

/** Threads past a few per core only cost memory (each has its own heap). */
export const maxWorkers = (): number => 4 * availableParallelism()

/** An article's budget: a day at most. */
export const MAX_BUDGET_MS = 86_400_000

/** Tasks given out per worker ahead of their results being written (a batch of JSON Lines counts as its
 * lines): enough that a slow article does not leave the worker idle while the ones after it wait. */
export const AHEAD = 16

// Node's timers hold at most 2³¹−1 ms (about 24.8 days); a longer limit would be refused.
const MAX_TIMER_MS = 2 ** 31 - 1

/** A task's hard time limit: its articles' budgets, plus the tasks that may be queued before it on its
 * worker. The pipeline itself stops an article that overruns between its stages; this limit is for an
 * article stuck inside one, whose worker is then terminated. */
export const hardLimit = (budgetMs: number, units: number): number => Math.min(MAX_TIMER_MS, Math.ceil(budgetMs * (units + AHEAD)) + 1_000)

/** Refuses, in a sentence naming the option, a thread count or a budget that a run cannot keep. */
export function checkLimits(options: { workers?: unknown; budgetMs?: unknown }, names = { workers: 'workers', budgetMs: 'budgetMs' }): void {
  const { workers, budgetMs } = options
  if (workers !== undefined && !(Number.isInteger(workers) && (workers as number) >= 0 && (workers as number) <= maxWorkers())) {
    throw new UsageError(`${names.workers}: ${String(workers)} is not a whole number of threads from 0 to ${maxWorkers()} (four per core)`)
  }
  if (budgetMs !== undefined && !(typeof budgetMs === 'number' && budgetMs > 0 && budgetMs <= MAX_BUDGET_MS)) {
    throw new UsageError(`${names.budgetMs}: ${String(budgetMs)} is not a time budget above 0 and at most a day (${MAX_BUDGET_MS} ms)`)
  }
}
