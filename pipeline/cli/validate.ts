// `trich validate <dir-or-file>...`: validates records, tables (JSON Lines) and manifests against schemas/ and
// prints `file:line: /instance/path message` per problem; exit 1 on any. Meant for users' CI.
import type { Command } from 'commander'
import { outputFiles, validateFile } from '../validate-files.js'

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('validate records (articles.jsonl), tables (tables/*.jsonl) and manifests against the schemas')
    .argument('<paths...>', 'files, or folders searched for articles.jsonl, tables/*.jsonl and manifest.json')
    .action(async (paths: string[]) => {
      let problems = 0
      let files = 0
      for (const target of paths) {
        for (const file of await outputFiles(target)) {
          files++
          for (const p of await validateFile(file)) {
            problems++
            console.log(`${p.file}:${p.line}: ${p.path} ${p.message}`)
          }
        }
      }
      console.error(`${files} files validated, ${problems} problems`)
      if (problems > 0 || files === 0) process.exitCode = 1
    })
}
