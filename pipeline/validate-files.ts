// Validation of output files against schemas/: article records, the rows of each table
// (`tables/<table>.jsonl`) by that table's schema, manifests by the manifest schema.
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Article } from './schema-types.js'
import { schemaIds, validate } from './schemas.js'
import { offsetProblems } from './stages/validate.js'

export interface Problem {
  file: string
  /** 1-based line (JSON Lines), or 1 for a whole-file JSON document. */
  line: number
  path: string
  message: string
}

/** The output files under `target` (itself, if a file): manifests, records and tables, in a stable
 * order; working folders of runs in progress (`.trich-run`) are left out. */
export async function outputFiles(target: string): Promise<string[]> {
  if (!(await stat(target)).isDirectory()) return [target]
  const out: string[] = []
  const entries = (await readdir(target, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    const path = join(target, entry.name)
    if (entry.name.startsWith('.')) continue
    if (entry.isDirectory()) out.push(...(await outputFiles(path)))
    else if (entry.name === 'manifest.json' || entry.name === 'articles.jsonl' || tableOf(path)) out.push(path)
  }
  return out
}

/** The table a `tables/<table>.jsonl` file holds, if it is one. */
function tableOf(file: string): string | undefined {
  const table = basename(file, '.jsonl')
  return basename(dirname(file)) === 'tables' && file.endsWith('.jsonl') && schemaIds()[`table-${table}`] ? table : undefined
}

/** The problems of one file: `tables/<table>.jsonl` rows by their table's schema, other `*.jsonl`
 * rows as article records (with their offsets checked), `manifest.json` as a manifest. */
export async function validateFile(file: string): Promise<Problem[]> {
  const ids = schemaIds()
  const text = await readFile(file, 'utf8')
  if (basename(file) === 'manifest.json' || file.endsWith('.json')) {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      return [{ file, line: 1, path: '/', message: `invalid JSON: ${(error as Error).message}` }]
    }
    return validate(ids.manifest!, value).map((p) => ({ file, line: 1, ...p }))
  }
  const problems: Problem[] = []
  const table = tableOf(file)
  const schema = table ? ids[`table-${table}`]! : ids.article!
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      problems.push({ file, line: index + 1, path: '/', message: `invalid JSON: ${(error as Error).message}` })
      return
    }
    const found = validate(schema, value)
    for (const p of found) problems.push({ file, line: index + 1, ...p })
    if (found.length === 0 && !table) {
      for (const p of offsetProblems(value as Article)) {
        const space = p.indexOf(' ')
        problems.push({ file, line: index + 1, path: p.slice(0, space), message: p.slice(space + 1) })
      }
    }
  })
  return problems
}
