// `trich enqueue <drop> --out <shared-dir>`: registers a drop in Redis and queues its tasks for `trich
// worker`s; enqueueing it again adds only what is neither queued nor done. Prints one line.
import type { Command } from 'commander'
import { defaultRedis, enqueueDrop } from '../distributed/index.js'
import { DEFAULT_BUDGET_MS } from '../index.js'
import { budget, modelSettings } from './options.js'

interface EnqueueFlags {
  out: string
  name?: string
  redis: string
  budget: number
  collect: boolean
  model: boolean
}

export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('queue a drop for distributed workers (see docs/distributed.md)')
    .argument('<drop>', 'drop folder, at the same path on every machine')
    .requiredOption('-o, --out <dir>', 'shared folder: results are stored, and the drop collected, in <dir>/<drop>/')
    .option('--name <name>', 'the drop’s name, in Redis and for <dir>/<name>/ (default: the drop folder’s name)')
    .option('--redis <url>', 'Redis (6.2 or later, maxmemory-policy noeviction)', defaultRedis())
    .option('--budget <seconds>', 'time one article may take before it is quarantined (at most a day)', budget, DEFAULT_BUDGET_MS)
    .option('--no-model', 'rules only: do not run the learned name tagger')
    .option('--no-collect', 'leave collecting to `trich collect` (by default the worker that ends the drop collects it)')
    .action(async (dir: string, flags: EnqueueFlags) => {
      const { drop, jobs, added } = await enqueueDrop(dir, { redis: flags.redis, out: flags.out, budgetMs: flags.budget, stages: modelSettings(flags.model), collect: flags.collect, ...(flags.name !== undefined ? { name: flags.name } : {}) })
      console.log(`${drop}: ${jobs} tasks, ${added} added to the queue`)
    })
}
