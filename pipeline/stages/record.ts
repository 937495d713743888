// record: assembles the article record from what the stages wrote. The record's id hashes where the
// article came from and its content, so a re-run gives the same id and two sources never share one.
// Where the source names the article (its own id, or its url), that name stands for the line: a line
// moved within its file keeps its id. (Two lines of one file with the same name and the same bytes would
// share an id: the runner gives the later its line's id, as a duplicate of the first.)
import { createHash } from 'node:crypto'
import type { VFile } from 'vfile'
import type { Article, Source, Warning } from '../schema-types.js'
import { defineStage, type SourceInfo, type Stage } from './data.js'

export const SCHEMA_VERSION: Article['schema_version'] = '1.2.0'

/** The id of the article at `path` (and `line`), of content `sha256`, named `name` by its source. */
export function articleId(source: Pick<SourceInfo, 'path' | 'line' | 'sha256'>, name?: string): string {
  const where = name !== undefined ? `#${name}` : `${source.line ?? ''}`
  const key = `${source.path}\n${where}\n${source.sha256}`
  return `art_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`
}

export const record: Stage = function () {
  return (_tree, file: VFile) => {
    const info = file.data.source!
    const source: Source = { path: info.path, sha256: info.sha256, format: info.format, encoding: info.encoding ?? 'utf-8', encoding_confidence: info.encodingConfidence ?? 1 }
    if (info.line !== undefined) source.line = info.line
    const url = info.url ?? file.data.fields?.url
    if (url) source.url = url
    const originalId = info.originalId ?? file.data.fields?.id
    if (originalId) source.original_id = originalId
    const warnings = file.messages.map((m): Warning => {
      const w: Warning = { message: m.reason, stage: m.source ?? 'pipeline' }
      if (m.ruleId) w.rule = m.ruleId
      if (m.span) Object.assign(w, m.span)
      return w
    })
    file.data.record = {
      id: articleId(info, originalId || url || undefined),
      schema_version: SCHEMA_VERSION,
      source,
      publication: file.data.publication ?? null,
      published: file.data.published ?? null,
      title: file.data.title ?? null,
      lead: file.data.lead ?? null,
      authors: file.data.authors ?? [],
      text: file.data.text!,
      sections: file.data.sections ?? [],
      entities: file.data.entities ?? [],
      warnings,
    } satisfies Article
  }
}

export const recordStage = defineStage({ name: 'record', reads: ['source', 'fields', 'text', 'sections', 'title', 'lead', 'authors', 'publication', 'published', 'entities'], writes: ['record'], plugin: record })
