// The time budget of an article: a stage that runs long checks it between pieces of its work, and the
// pipeline after every stage; past the deadline the article fails, and the runner quarantines it with
// the reason, instead of one article holding up the run.
import type { VFile } from 'vfile'

/** Fails the article if its time budget (`file.data.budget`, when set) is spent. */
export function checkBudget(file: VFile, stage: string): void {
  const budget = file.data.budget
  if (budget && performance.now() >= budget.deadline) {
    file.fail(`exceeded the time budget of ${budget.ms} ms (in stage ${stage})`, { ruleId: 'time-budget', source: stage })
  }
}
