// The drop's manifest: every input accounted for, the outputs with their hashes, and what made them.
import { STAGES } from '../extract.js'
import type { Manifest } from '../schema-types.js'
import { schemaIds } from '../schemas.js'
import { version } from '../version.js'
import type { WrittenFile } from './output.js'
import type { FileOutcome } from './process-file.js'

export type { Manifest }

export function buildManifest(drop: string, files: FileOutcome[], written: { articles: WrittenFile; quarantine: WrittenFile }): Manifest {
  const ids = schemaIds()
  const okFiles = files.filter((f) => f.outcome === 'ok').length
  return {
    schema_version: '1.0.0',
    drop,
    pipeline: { name: 'trich', version, stages: [...STAGES] },
    schemas: ids,
    counts: {
      files: files.length,
      files_ok: okFiles,
      files_quarantined: files.length - okFiles,
      records: written.articles.rows,
      quarantined: written.quarantine.rows,
    },
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    outputs: {
      'articles.jsonl': { ...written.articles, schema: ids.article! },
      'quarantine.jsonl': written.quarantine,
    },
  }
}
