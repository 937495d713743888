// Output files are written to a temporary name beside their final one and renamed when complete, so a
// crash never leaves a half-written file under the final name.
import { createHash } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { once } from 'node:events'

export interface WrittenFile {
  rows: number
  bytes: number
  sha256: string
}

/** A JSON Lines file written row by row, hashed as it goes, and moved into place by `close`. */
export class JsonLinesWriter {
  readonly #stream: WriteStream
  readonly #hash = createHash('sha256')
  readonly #temp: string
  #rows = 0
  #bytes = 0

  constructor(readonly path: string) {
    this.#temp = `${path}.${process.pid}.tmp`
    this.#stream = createWriteStream(this.#temp)
  }

  async write(value: unknown): Promise<void> {
    const line = `${JSON.stringify(value)}\n`
    this.#hash.update(line)
    this.#rows++
    this.#bytes += Buffer.byteLength(line)
    if (!this.#stream.write(line)) await once(this.#stream, 'drain')
  }

  async close(): Promise<WrittenFile> {
    this.#stream.end()
    await once(this.#stream, 'close')
    if (this.#stream.errored) throw this.#stream.errored
    await rename(this.#temp, this.path)
    return { rows: this.#rows, bytes: this.#bytes, sha256: this.#hash.digest('hex') }
  }

  async abort(): Promise<void> {
    this.#stream.destroy()
    await rm(this.#temp, { force: true })
  }
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, data)
  await rename(temp, path)
}
