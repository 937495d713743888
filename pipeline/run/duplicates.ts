// Sources with the same bytes: each is processed and keeps its record, and the later one names the first
// (`duplicate_of`). Records are made in the workers, which cannot know; the writer marks them, in order.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Article } from '../schema-types.js'
import { isShared, TABLES } from '../sinks/tables.js'
import { articleId } from '../stages/record.js'
import type { TaskResult } from '../contracts.js'

// A record of a source with the same bytes as an earlier one names that one's record, and so does its row
// of the articles table; with `id`, it also takes that id instead of the one it shares with the earlier
// record, in its rows of every table. Records are made in the workers, which cannot know; duplicates are
// rare, so the few are parsed again here.
export function markDuplicate<R extends TaskResult>(result: R, index: number, of: string, id?: string): R {
  const old = result.ids[index]!
  const { warnings, ...rest } = JSON.parse(result.records[index]!) as Article
  const records = result.records.with(index, JSON.stringify({ ...rest, ...(id ? { id } : {}), duplicate_of: of, warnings }))
  const rows = { ...result.tables.rows }
  for (const table of TABLES) {
    if (isShared(table)) continue
    rows[table] = rows[table].map((row) => {
      const value = JSON.parse(row) as { article_id: string }
      if (value.article_id !== old) return row
      return JSON.stringify({ ...value, ...(id ? { article_id: id } : {}), ...(table === 'articles' ? { duplicate_of: of } : {}) })
    })
  }
  return { ...result, records, ids: id ? result.ids.with(index, id) : result.ids, tables: { ...result.tables, rows } }
}

// Lines of a drop's JSON Lines that share an id (the same name and bytes): the later ones take their
// line's id, as duplicates of the first.
export function distinctIds(result: TaskResult, seenIds: Set<string>): TaskResult {
  let out = result
  for (const [index, id] of result.ids.entries()) {
    if (!seenIds.has(id)) {
      seenIds.add(id)
      continue
    }
    const { source } = JSON.parse(result.records[index]!) as Article
    out = markDuplicate(out, index, id, articleId({ path: source.path, line: source.line, sha256: source.sha256 }))
    seenIds.add(out.ids[index]!)
  }
  return out
}

// The ids of the records written between two byte offsets of the records' file: those of a JSON Lines
// file under way, taken up after a stop.
export async function idsFrom(path: string, start: number, end: number): Promise<Set<string>> {
  const ids = new Set<string>()
  if (end <= start) return ids
  for await (const line of createInterface({ input: createReadStream(path, { start, end: end - 1, encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line) ids.add((JSON.parse(line) as Article).id)
  }
  return ids
}
