// `trich collect <drop>`: once a distributed drop's tasks are all done, writes its outputs from the
// stored results, as `trich run` would have written them. With --wait, waits for the tasks not done yet.
import type { Command } from 'commander'
import { collectDrop, defaultRedis } from '../distributed/index.js'

interface CollectFlags {
  redis: string
  out?: string
  wait?: boolean
}

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('write a distributed drop’s outputs (see docs/distributed.md)')
    .argument('<drop>', 'the drop’s name, or its folder')
    .option('--redis <url>', 'Redis', defaultRedis())
    .option('-o, --out <dir>', 'output folder (default: the shared folder it was enqueued with)')
    .option('--wait', 'wait until every task is done')
    .action(async (drop: string, flags: CollectFlags) => {
      let shown = -1
      const s = await collectDrop(drop, {
        redis: flags.redis,
        out: flags.out,
        wait: flags.wait,
        onWaiting: (done, jobs) => {
          if (done !== shown) console.error(`${drop}: ${done} of ${jobs} tasks done, waiting`)
          shown = done
        },
      })
      console.log(`${s.drop}: ${s.files} files, ${s.records} records, ${s.quarantined} quarantined → ${s.outDir}`)
    })
}
