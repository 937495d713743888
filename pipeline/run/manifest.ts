// The drop's manifest: every input accounted for, the outputs with their hashes, and what made them.
// Written as the run goes (a drop of a million files must not hold its file list in memory), under a
// temporary name, and moved into place when complete.
import { STAGES } from '../extract.js'
import type { Manifest } from '../schema-types.js'
import { schemaIds } from '../schemas.js'
import { version } from '../version.js'
import { TextFileWriter, type WrittenFile } from './output.js'
import type { FileOutcome } from './process-file.js'

export type { Manifest }

export class ManifestWriter {
  readonly #out: TextFileWriter
  readonly #counts = { files: 0, files_ok: 0, files_quarantined: 0 }
  readonly #schemas = schemaIds()

  constructor(path: string, drop: string) {
    this.#out = new TextFileWriter(path)
    const head = { schema_version: '1.0.0', drop, pipeline: { name: 'trich', version, stages: [...STAGES] }, schemas: this.#schemas }
    const opening = JSON.stringify(head, null, 2).slice(0, -2)
    void this.#out.write(`${opening},\n  "files": [`)
  }

  /** A file's entry, whole. */
  async addFile(file: FileOutcome): Promise<void> {
    await this.beginFile(file.path)
    await this.addRecords(file.records)
    await this.endFile(file)
  }

  // A JSON Lines file's entry is written in parts, since its record ids may be millions: its path, its
  // records as they come, and the rest once the file has been read to its end.
  #inEntry = 0

  async beginFile(path: string): Promise<void> {
    await this.#out.write(`${this.#counts.files === 0 ? '\n' : ',\n'}    {"path":${JSON.stringify(path)},"records":[`)
    this.#inEntry = 0
  }

  async addRecords(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.#out.write(`${this.#inEntry === 0 ? '' : ','}${ids.map((id) => JSON.stringify(id)).join(',')}`)
    this.#inEntry += ids.length
  }

  async endFile(file: Omit<FileOutcome, 'path' | 'records'>): Promise<void> {
    const { size, sha256, format, outcome, reason, quarantined_lines } = file
    const rest = JSON.stringify({ size, sha256, format, outcome, reason, quarantined_lines })
    await this.#out.write(`],${rest.slice(1)}`)
    this.#counts.files++
    if (outcome === 'ok') this.#counts.files_ok++
    else this.#counts.files_quarantined++
  }

  async close(written: { articles: WrittenFile; quarantine: WrittenFile }): Promise<Manifest['counts']> {
    const counts: Manifest['counts'] = { ...this.#counts, records: written.articles.rows, quarantined: written.quarantine.rows }
    const outputs: Manifest['outputs'] = {
      'articles.jsonl': { ...written.articles, schema: this.#schemas.article! },
      'quarantine.jsonl': written.quarantine,
    }
    const tail = JSON.stringify({ counts, outputs }, null, 2).slice(1)
    await this.#out.write(`${this.#counts.files === 0 ? '' : '\n  '}],${tail}\n`)
    await this.#out.close()
    return counts
  }

  abort(): Promise<void> {
    return this.#out.abort()
  }
}
