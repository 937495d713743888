// The drop's manifest: every input accounted for, the outputs with their hashes, and what made them.
// Written as the run goes (a drop of a million files must not hold its file list in memory), under a
// working name, and moved into place with the other outputs when the run is complete.
import type { StageRun } from '../extract.js'
import type { Manifest } from '../schema-types.js'
import { schemaIds } from '../schemas.js'
import { version } from '../version.js'
import { TextFileWriter, writeFileAtomic, type WrittenFile } from './jsonl.js'
import type { FileOutcome } from '../contracts.js'

export type { Manifest }

export type FileCounts = Pick<Manifest['counts'], 'files' | 'files_ok' | 'files_quarantined' | 'files_skipped'>

export const SCHEMA_VERSION: Manifest['schema_version'] = '1.4.0'

/** Whose manifest and what made it: the name of the drop's outputs, the drop's folder, and the stages
 * with their options. */
export interface RunHead {
  drop: string
  source: string
  stages: StageRun[]
  /** The name tagger, when the entities stage runs it. */
  model?: Manifest['pipeline']['model']
}

const head = ({ drop, source, stages, model }: RunHead, status: Manifest['status']) => ({
  schema_version: SCHEMA_VERSION,
  drop,
  source,
  status,
  pipeline: { name: 'trich' as const, version, ...(model ? { model } : {}), stages },
  schemas: schemaIds(),
})

export class ManifestWriter {
  private constructor(
    readonly out: TextFileWriter,
    readonly counts: FileCounts,
  ) {}

  /** A new manifest, or, with `keep`, the one a stopped run left, cut back to its last whole entry. */
  static async open(path: string, drop: RunHead, keep?: { bytes: number; counts: FileCounts }): Promise<ManifestWriter> {
    const writer = new ManifestWriter(await TextFileWriter.open(path, keep?.bytes), { files: 0, files_ok: 0, files_quarantined: 0, files_skipped: 0, ...keep?.counts })
    if (!keep) await writer.out.write(`${JSON.stringify(head(drop, 'complete'), null, 2).slice(0, -2)},\n  "files": [`)
    return writer
  }

  /** A file's entry, whole. */
  async addFile(file: FileOutcome, duplicateOf?: string): Promise<void> {
    await this.beginFile(file.path)
    await this.addRecords(file.records)
    await this.endFile(file, duplicateOf)
  }

  // A JSON Lines file's entry is written in parts, since its record ids may be millions: its path, its
  // records as they come, and the rest once the file has been read to its end.
  #inEntry = 0

  /** Goes on with the entry of a JSON Lines file begun by a run that stopped, which had `records` ids. */
  resumeFile(records: number): void {
    this.#inEntry = records
  }

  async beginFile(path: string): Promise<void> {
    await this.out.write(`${this.counts.files === 0 ? '\n' : ',\n'}    {"path":${JSON.stringify(path)},"records":[`)
    this.#inEntry = 0
  }

  async addRecords(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.out.write(`${this.#inEntry === 0 ? '' : ','}${ids.map((id) => JSON.stringify(id)).join(',')}`)
    this.#inEntry += ids.length
  }

  async endFile(file: Omit<FileOutcome, 'path' | 'records'>, duplicateOf?: string): Promise<void> {
    const { size, sha256, format, outcome, reason, quarantined_lines } = file
    const rest = JSON.stringify({ size, sha256, format, outcome, reason, quarantined_lines, duplicate_of: duplicateOf })
    await this.out.write(`],${rest.slice(1)}`)
    this.counts.files++
    if (outcome === 'ok') this.counts.files_ok++
    else if (outcome === 'skipped') this.counts.files_skipped++
    else this.counts.files_quarantined++
  }

  /** Closes the manifest with the counts and every output file, by its path in the drop's folder. */
  async finish(written: { articles: WrittenFile; quarantine: WrittenFile }, tables: Record<string, WrittenFile & { schema: string }>): Promise<Manifest['counts']> {
    const counts: Manifest['counts'] = { ...this.counts, records: written.articles.rows, quarantined: written.quarantine.rows }
    const outputs: Manifest['outputs'] = {
      'articles.jsonl': { ...written.articles, schema: schemaIds().article! },
      'quarantine.jsonl': { ...written.quarantine, schema: schemaIds().quarantine! },
      ...tables,
    }
    const tail = JSON.stringify({ counts, outputs }, null, 2).slice(1)
    await this.out.write(`${this.counts.files === 0 ? '' : '\n  '}],${tail}\n`)
    await this.out.finish()
    return counts
  }
}

/** The manifest of a run that was stopped: where it got to, and how many files are left for the next run. */
export async function writeInterruptedManifest(path: string, drop: RunHead, counts: Manifest['counts'], pending: number): Promise<void> {
  const manifest: Manifest = { ...head(drop, 'interrupted'), counts, pending }
  await writeFileAtomic(path, `${JSON.stringify(manifest, null, 2)}\n`)
}
