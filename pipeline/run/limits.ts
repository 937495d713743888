// The limits a run's options must keep, shared by local and distributed runs: how many threads, and how
// long an article may take.
import { availableParallelism } from 'node:os'
import { UsageError } from '../errors.js'

/** Threads past a few per core only cost memory (each has its own heap). */
export const maxWorkers = (): number => 4 * availableParallelism()

/** An article's budget: a day at most. */
export const MAX_BUDGET_MS = 86_400_000

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
