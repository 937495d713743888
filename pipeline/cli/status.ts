// `trich status <drop>`: a distributed drop's progress — tasks done, failed (with their reasons), in
// hand (with their workers), waiting — and the results each worker stored; --json for scripts.
import type { Command } from 'commander'
import { defaultRedis, dropStatus } from '../distributed/index.js'

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show a distributed drop’s progress (see docs/distributed.md)')
    .argument('<drop>', 'the drop’s name, or its folder')
    .option('--redis <url>', 'Redis', defaultRedis())
    .option('--json', 'print the status as JSON')
    .action(async (drop: string, flags: { redis: string; json?: boolean }) => {
      const s = await dropStatus(drop, { redis: flags.redis })
      if (flags.json) return console.log(JSON.stringify(s, null, 2))
      console.log(`${s.drop}: ${s.done} of ${s.jobs} tasks done, ${s.failed.length} failed, ${s.active.length} in hand, ${s.waiting} waiting`)
      for (const f of s.failed) console.log(`  failed: ${f.task}: ${f.reason}`)
      for (const a of s.active) console.log(`  in hand: ${a.task} (${a.worker})`)
      for (const [worker, n] of Object.entries(s.workers)) console.log(`  ${worker}: ${n} stored`)
    })
}
