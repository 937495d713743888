// Validation of output files against schemas/: article records and other JSON Lines rows by the
// `schema` their manifest names for them (records by default), manifests by the manifest schema.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
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

/** The problems of one file: `*.jsonl` rows as article records, `manifest.json` as a manifest. */
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
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      problems.push({ file, line: index + 1, path: '/', message: `invalid JSON: ${(error as Error).message}` })
      return
    }
    const found = validate(ids.article!, value)
    for (const p of found) problems.push({ file, line: index + 1, ...p })
    if (found.length === 0) {
      for (const p of offsetProblems(value as Article)) {
        const space = p.indexOf(' ')
        problems.push({ file, line: index + 1, path: p.slice(0, space), message: p.slice(space + 1) })
      }
    }
  })
  return problems
}
