// `trich run <drop>... --out <dir>`: runs the pipeline on each drop; a progress bar on a terminal, a
// one-line summary per drop. Exit 0 when every file was processed or quarantined; with --strict, 1
// when anything was quarantined. SIGINT or SIGTERM stops the run cleanly (what is in flight is
// finished, the manifest says the run was interrupted, running again finishes it; exit 130 or 143); a
// second signal stops at once, which the next run takes up as well.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Command } from 'commander'
import { DEFAULT_BUDGET_MS, defaultWorkers, outputName, runDrop, UsageError } from '../index.js'
import { budget, threads, modelSettings } from './options.js'

interface RunFlags {
  out: string
  name?: string
  followLinks?: boolean
  strict?: boolean
  workers: number
  budget: number
  model: boolean
}

const EXIT_ON: Record<string, number> = { SIGINT: 130, SIGTERM: 143 }

// The progress bar is loaded only for a terminal.
function progressBar(drop: string): import('cli-progress').SingleBar {
  const { SingleBar, Presets } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress')
  return new SingleBar({ format: `${drop} [{bar}] {value}/{total} files`, stream: process.stderr }, Presets.shades_classic)
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('extract records from drops of articles (folders of .txt, .html, .jsonl files)')
    .argument('<drops...>', 'drop folders')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--name <name>', 'name of the drop’s outputs, <out>/<name>/ (default: the drop folder’s name; one drop only)')
    .option('--strict', 'exit 1 when any input was quarantined')
    .option('--follow-links', 'read the files that links lead to outside the drop (default: list them as skipped)')
    .option('-w, --workers <n>', 'worker threads (0: process in the main thread; at most four per core)', threads, defaultWorkers())
    .option('--budget <seconds>', 'time one article may take before it is quarantined (at most a day)', budget, DEFAULT_BUDGET_MS)
    .option('--no-model', 'rules only: do not run the learned name tagger')
    .action(async (drops: string[], flags: RunFlags) => {
      if (flags.name !== undefined && drops.length > 1) throw new UsageError(`--name names one drop's outputs; ${drops.length} drops were given`)
      // Two drops of one name would write the same folder: refused before anything runs.
      const names = new Map<string, string>()
      for (const drop of drops) {
        const name = outputName(drop, flags.name)
        const other = names.get(name)
        if (other !== undefined) throw new UsageError(`the drops ${other} and ${drop} would both write ${join(flags.out, name)}: run them one at a time with --name, or with another --out`)
        names.set(name, drop)
      }
      const stop = new AbortController()
      let stoppedBy: string | undefined
      const onSignal = (signal: string): void => {
        if (stoppedBy) process.exit(EXIT_ON[signal])
        stoppedBy = signal
        console.error(`trich: ${signal}: finishing the articles in flight; run again to finish the drop (${signal} again stops at once)`)
        stop.abort()
      }
      for (const signal of Object.keys(EXIT_ON)) process.on(signal, onSignal)
      let anyQuarantined = false
      for (const drop of drops) {
        if (stoppedBy) break
        const bar = process.stderr.isTTY ? progressBar(drop) : undefined
        let started = false
        const summary = await runDrop(drop, {
          out: flags.out,
          ...(flags.name !== undefined ? { name: flags.name } : {}),
          followLinks: flags.followLinks ?? false,
          workers: flags.workers,
          budgetMs: flags.budget,
          stages: modelSettings(flags.model),
          signal: stop.signal,
          onProgress: (done, total) => {
            if (!bar) return
            if (!started) {
              bar.start(total, 0)
              started = true
            }
            bar.update(done)
          },
        })
        bar?.stop()
        anyQuarantined ||= summary.quarantined > 0
        const resumed = summary.resumed > 0 ? ` (${summary.resumed} taken over from a stopped run)` : ''
        const pending = summary.status === 'interrupted' ? `; interrupted, ${summary.pending} files left` : ''
        console.log(`${summary.drop}: ${summary.files} files${resumed}, ${summary.records} records, ${summary.quarantined} quarantined${pending} → ${summary.outDir}`)
      }
      for (const signal of Object.keys(EXIT_ON)) process.off(signal, onSignal)
      if (stoppedBy) process.exitCode = EXIT_ON[stoppedBy]
      else if (flags.strict && anyQuarantined) process.exitCode = 1
    })
}
