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

/** A text file written piece by piece, hashed as it goes, and moved into place by `close`. */
export class TextFileWriter {
  readonly #stream: WriteStream
  readonly #hash = createHash('sha256')
  readonly #temp: string
  #bytes = 0

  constructor(readonly path: string) {
    this.#temp = `${path}.${process.pid}.tmp`
    this.#stream = createWriteStream(this.#temp)
  }

  async write(text: string): Promise<void> {
    this.#hash.update(text)
    this.#bytes += Buffer.byteLength(text)
    if (!this.#stream.write(text)) await once(this.#stream, 'drain')
  }

  async close(): Promise<{ bytes: number; sha256: string }> {
    this.#stream.end()
    await once(this.#stream, 'close')
    if (this.#stream.errored) throw this.#stream.errored
    await rename(this.#temp, this.path)
    return { bytes: this.#bytes, sha256: this.#hash.digest('hex') }
  }

  async abort(): Promise<void> {
    this.#stream.destroy()
    await rm(this.#temp, { force: true })
  }
}

/** A JSON Lines file written row by row (rows already serialized, or values to serialize). */
export class JsonLinesWriter {
  readonly #file: TextFileWriter
  #rows = 0

  constructor(path: string) {
    this.#file = new TextFileWriter(path)
  }

  write(row: unknown): Promise<void> {
    this.#rows++
    return this.#file.write(`${typeof row === 'string' ? row : JSON.stringify(row)}\n`)
  }

  async close(): Promise<WrittenFile> {
    return { rows: this.#rows, ...(await this.#file.close()) }
  }

  abort(): Promise<void> {
    return this.#file.abort()
  }
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, data)
  await rename(temp, path)
}
