// `trich report <output-dir>...`: writes each drop's HTML review report (output/<drop>/report/) and
// prints the path of its front page, to open in a browser from the file system.
import type { Command } from 'commander'
import { writeReport } from '../index.js'
import { wholeNumber } from './options.js'

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write an HTML review report of drops’ outputs: each article with its entities highlighted')
    .argument('<output-dirs...>', 'drops’ output folders (output/<drop>)')
    .option('--page-size <n>', 'articles (and people) per page of the drop’s lists (1 to 100000)', wholeNumber(1, 100_000), 500)
    .action(async (outDirs: string[], flags: { pageSize: number }) => {
      for (const outDir of outDirs) {
        const report = await writeReport(outDir, { pageSize: flags.pageSize })
        console.log(`${report.drop}: ${report.articles} articles, ${report.listPages} list pages → ${report.index}`)
      }
    })
}
