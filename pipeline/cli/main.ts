// The `trich` command: parses arguments and calls the library; nothing else happens here.
import { Command } from 'commander'
import { version } from '../version.js'
import { registerCollect } from './collect.js'
import { registerEnqueue } from './enqueue.js'
import { registerExplain } from './explain.js'
import { registerLoad } from './load.js'
import { registerReport } from './report.js'
import { registerRun } from './run.js'
import { registerStatus } from './status.js'
import { registerValidate } from './validate.js'
import { registerWorker } from './worker.js'

const program = new Command('trich').version(version).description('Vietnamese news articles in, validated normalized records out')
registerRun(program)
registerValidate(program)
registerExplain(program)
registerLoad(program)
registerEnqueue(program)
registerWorker(program)
registerCollect(program)
registerStatus(program)
registerReport(program)

program.parseAsync().catch((error: unknown) => {
  console.error(`trich: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
})
