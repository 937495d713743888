// `trich explain <file>...`: extracts each article and shows, per entity, the rules and lexicon
// entries that produced it, so users can see why.
import { basename } from 'node:path'
import type { Command } from 'commander'
import { explainRecord, extractArticle, readArticleFile } from '../index.js'

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show, per entity of each article, which rule and lexicon entry produced it')
    .argument('<files...>', 'article files (.txt or .html)')
    .option('--json', 'print the records instead')
    .action(async (files: string[], flags: { json?: boolean }) => {
      for (const file of files) {
        const record = extractArticle(await readArticleFile(file), { path: basename(file) })
        console.log(flags.json ? JSON.stringify(record, null, 2) : explainRecord(record))
      }
    })
}
