// `trich validate <path>...`: checks drops' outputs as a whole (see validate-files.ts), or single files by
// their kind, and prints `file:line: /instance/path message` per problem; exit 1 on any. Meant for users'
// CI.
import type { Command } from 'commander'
import { validateTarget } from '../index.js'

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check drops’ outputs against their manifests and the schemas: inventory, hashes, rows, counts, Parquet, references')
    .argument('<paths...>', 'drops’ output folders (output/<drop>), the folder that holds them, or single files')
    .action(async (paths: string[]) => {
      let problems = 0
      let files = 0
      for (const target of paths) {
        const validated = await validateTarget(target)
        files += validated.files
        for (const p of validated.problems) console.log(`${p.file}:${p.line}: ${p.path} ${p.message}`)
        problems += validated.problems.length
      }
      console.error(`${files} files validated, ${problems} problems`)
      if (problems > 0 || files === 0) process.exitCode = 1
    })
}
