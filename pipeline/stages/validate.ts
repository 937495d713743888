// validate: the record against schemas/article.schema.json (compiled once), and every offset against
// the text: `text.slice(start, end)` must be each mention. A record that fails is never written; the
// article is quarantined with the reasons.
// Reads `file.data.record`.
import type { Stage } from './data.js'
import type { VFile } from 'vfile'
import type { Article } from '../schema-types.js'
import { schemaIds, validate as validateSchema } from '../schemas.js'

let articleSchemaId: string | undefined

export const validate: Stage = function () {
  return (_tree, file: VFile) => {
    articleSchemaId ??= schemaIds().article!
    const record = file.data.record!
    const found = validateSchema(articleSchemaId, record, { allErrors: false }).map((p) => `${p.path} ${p.message}`)
    found.push(...offsetProblems(record))
    if (found.length > 0) file.fail(`invalid record: ${found.slice(0, 5).join('; ')}`, { ruleId: 'invalid-record', source: 'validate' })
  }
}

/** Every span of the record that does not point into its text, as `/json/pointer message`. */
export function offsetProblems(record: Article): string[] {
  const { text } = record
  const out: string[] = []
  const inside = (path: string, s: { start?: number; end?: number }): void => {
    if (s.start === undefined || s.end === undefined) return
    if (s.start > s.end || s.end > text.length) out.push(`${path} span ${s.start}-${s.end} outside the text`)
  }
  record.sections.forEach((s, i) => inside(`/sections/${i}`, s))
  record.authors.forEach((a, i) => {
    inside(`/authors/${i}`, a)
    if (a.text !== undefined && a.start !== undefined && text.slice(a.start, a.end) !== a.text) out.push(`/authors/${i} text differs from its span`)
  })
  record.entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => {
      inside(`/entities/${i}/mentions/${j}`, m)
      if (text.slice(m.start, m.end) !== m.text) out.push(`/entities/${i}/mentions/${j} text differs from its span`)
    })
    e.positions?.forEach((p, j) => inside(`/entities/${i}/positions/${j}`, p))
  })
  return out
}
