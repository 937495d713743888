// `trich validate <dir-or-file>...`: validates records (JSON Lines) and manifests against schemas/ and
// prints `file:line: /instance/path message` per problem; exit 1 on any. Meant for users' CI.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { validateFile } from '../validate-files.js'

async function collect(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target]
  const out: string[] = []
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(target, entry.name)
    if (entry.isDirectory()) out.push(...(await collect(path)))
    else if (entry.name === 'manifest.json' || entry.name === 'articles.jsonl') out.push(path)
  }
  return out
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('validate records (articles.jsonl) and manifests against the schemas')
    .argument('<paths...>', 'files, or folders searched for articles.jsonl and manifest.json')
    .action(async (paths: string[]) => {
      let problems = 0
      let files = 0
      for (const target of paths) {
        for (const file of await collect(target)) {
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
