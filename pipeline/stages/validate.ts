// validate: the record against schemas/article.schema.json (compiled once), and every offset against
// the text: `text.slice(start, end)` must be each mention. One bad field never costs the article: a
// section, an author, a mention, an office or an entity that fails is dropped, and a metadata field that
// fails is emptied, each with a warning saying what and why (rule `invalid-field`). Only a record whose
// own frame fails (its id, text, source) is not written; the article is then quarantined with the
// reasons.
import { defineStage, type Stage } from './data.js'
import type { VFile } from 'vfile'
import type { Article } from '../schema-types.js'
import { schemaIds, validate as validateSchema } from '../schemas.js'

// More problems than this in one record is no bad field but a bad record.
const MAX_REPAIRS = 50

export const validate: Stage = function () {
  return (_tree, file: VFile) => {
    const record = file.data.record!
    for (let repairs = 0; ; repairs++) {
      const found = problemsOf(record)
      if (found.length === 0) return
      const [first] = found
      if (repairs >= MAX_REPAIRS || !dropField(record, first!.path)) {
        file.fail(`invalid record: ${found.slice(0, 5).map((p) => `${p.path} ${p.message}`).join('; ')}`, { ruleId: 'invalid-record', source: 'validate' })
      }
      record.warnings.push({ message: `dropped ${first!.path}: ${first!.message}`, stage: 'validate', rule: 'invalid-field' })
    }
  }
}

function problemsOf(record: Article): Array<{ path: string; message: string }> {
  const found = validateSchema(schemaIds().article!, record, { allErrors: false })
  if (found.length > 0) return found
  return offsetProblems(record).map((p) => {
    const at = p.indexOf(' ')
    return { path: p.slice(0, at), message: p.slice(at + 1) }
  })
}

// The parts of a record that may go, most specific first: an item of a list, or a field that may be null.
const DROPPABLE: ReadonlyArray<[RegExp, 'item' | 'null']> = [
  [/^\/entities\/\d+\/mentions\/\d+/u, 'item'],
  [/^\/entities\/\d+\/positions\/\d+/u, 'item'],
  [/^\/entities\/\d+/u, 'item'],
  [/^\/authors\/\d+/u, 'item'],
  [/^\/sections\/\d+/u, 'item'],
  [/^\/warnings\/\d+/u, 'item'],
  [/^\/(publication|published|title|lead)(?=\/|$)/u, 'null'],
]

/** Drops the part of the record that `path` points into; false when the part may not go. */
function dropField(record: Article, path: string): boolean {
  for (const [pattern, how] of DROPPABLE) {
    const m = pattern.exec(path)
    if (!m) continue
    const parts = m[0].split('/').slice(1)
    const key = parts.pop()!
    let parent: unknown = record
    for (const p of parts) parent = (parent as Record<string, unknown>)[p]
    if (how === 'null') (parent as Record<string, unknown>)[key] = null
    else (parent as unknown[]).splice(Number(key), 1)
    // An entity left without a mention is no entity.
    if (/^\/entities\/\d+\/mentions\//u.test(path)) {
      const entity = record.entities[Number(parts[1])]!
      if (entity.mentions.length === 0) record.entities.splice(Number(parts[1]), 1)
    }
    return true
  }
  return false
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

export const validateStage = defineStage({ name: 'validate', reads: ['record'], writes: ['record'], plugin: validate })
