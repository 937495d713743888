// `trich run <drop>... --out <dir>`: runs the pipeline on each drop; a progress bar on a terminal, a
// one-line summary per drop. Exit 0 when every file was processed or quarantined; with --strict, 1
// when anything was quarantined.
import { createRequire } from 'node:module'
import type { Command } from 'commander'
import { defaultWorkers } from '../run/pool.js'
import { runDrop } from '../run/run-drop.js'

interface RunFlags {
  out: string
  strict?: boolean
  workers: string
}

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
    .option('--strict', 'exit 1 when any input was quarantined')
    .option('-w, --workers <n>', 'worker threads (0: process in the main thread)', String(defaultWorkers()))
    .action(async (drops: string[], flags: RunFlags) => {
      let anyQuarantined = false
      for (const drop of drops) {
        const bar = process.stderr.isTTY ? progressBar(drop) : undefined
        let started = false
        const summary = await runDrop(drop, {
          out: flags.out,
          workers: Number(flags.workers),
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
        console.log(`${summary.drop}: ${summary.files} files, ${summary.records} records, ${summary.quarantined} quarantined → ${summary.outDir}`)
      }
      if (flags.strict && anyQuarantined) process.exitCode = 1
    })
}
