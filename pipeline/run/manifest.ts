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

  async addFile(file: FileOutcome): Promise<void> {
    await this.#out.write(`${this.#counts.files === 0 ? '\n' : ',\n'}    ${JSON.stringify(file)}`)
    this.#counts.files++
    if (file.outcome === 'ok') this.#counts.files_ok++
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
