// The `trich` command: parses arguments and calls the library; nothing else happens here.
import { Command, CommanderError } from 'commander'
import { UsageError, version } from '../index.js'
import { registerCollect } from './collect.js'
import { registerEnqueue } from './enqueue.js'
import { registerExplain } from './explain.js'
import { registerLoad } from './load.js'
import { registerReport } from './report.js'
import { registerRun } from './run.js'
import { registerStatus } from './status.js'
import { registerTrain } from './train.js'
import { registerValidate } from './validate.js'
import { registerWorker } from './worker.js'

const program = new Command('trich').version(version).description('Vietnamese news articles in, validated normalized records out')
// Commander's own refusals (an unknown option, a missing argument) are usage errors too: exit 2.
program.exitOverride()
registerRun(program)
registerValidate(program)
registerExplain(program)
registerLoad(program)
registerEnqueue(program)
registerWorker(program)
registerCollect(program)
registerStatus(program)
registerReport(program)
registerTrain(program)

// Exit codes: 2 for a usage error, 3 for an input or output that cannot be read or written.
program.parseAsync().catch((error: unknown) => {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2
    return
  }
  console.error(`trich: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = error instanceof UsageError ? 2 : 3
})
