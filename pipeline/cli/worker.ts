// `trich worker`: takes the queued tasks of any drop, runs them in threads and stores their results;
// the worker that stores a drop's last result collects it. SIGINT or SIGTERM finishes the jobs in hand
// and stops (a second one stops at once: the jobs in hand go to other workers once their locks lapse).
import type { Command } from 'commander'
import { defaultRedis, startWorker } from '../distributed/index.js'
import { defaultWorkers, maxWorkers } from '../index.js'
import { seconds, wholeNumber } from './options.js'

interface WorkerFlags {
  redis: string
  concurrency: number
  name?: string
  lock: number
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run queued tasks until stopped (see docs/distributed.md)')
    .option('--redis <url>', 'Redis', defaultRedis())
    .option('-c, --concurrency <n>', 'threads, each on one task at a time (1 to four per core)', (value: string) => wholeNumber(1, maxWorkers())(value), defaultWorkers())
    .option('--name <name>', 'this worker in `trich status` (default <host>:<pid>)')
    .option('--lock <seconds>', 'a task whose worker is silent this long goes to another worker (at most an hour)', seconds(3600), 30_000)
    .action(async (flags: WorkerFlags) => {
      const worker = await startWorker({
        redis: flags.redis,
        concurrency: flags.concurrency,
        name: flags.name,
        lockMs: flags.lock,
        onCollected: (s) => console.log(`${s.drop}: collected, ${s.files} files, ${s.records} records, ${s.quarantined} quarantined → ${s.outDir}`),
        onStalled: (job) => console.error(`trich worker: task ${job} was left by a stopped worker (stalled); queued again`),
        onError: (error) => console.error(`trich worker: ${error.message}`),
      })
      console.error(`trich worker ${worker.name}: taking tasks from ${flags.redis}`)
      let stopping = false
      const stop = (): void => {
        if (stopping) process.exit(1)
        stopping = true
        const inHand = worker.inHand()
        console.error(`trich worker ${worker.name}: ${inHand > 0 ? `finishing the ${inHand} tasks in hand` : 'stopping (no task in hand)'}`)
        // Redis's connections may be retrying: once the worker is closed, nothing is left to wait for.
        void worker.close().then(() => process.exit(process.exitCode ?? 0), (error: Error) => {
          console.error(`trich worker: ${error.message}`)
          process.exit(3)
        })
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
}
