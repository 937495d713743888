// Output files are written under a working name and moved to their final one only when the run is
// complete, so a crash never leaves a half-written file under the final name. A writer can also take up a
// working file where a killed run left it: cut back to a length known to be whole, its hash rebuilt from
// what stays, and written on from there.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { rename, truncate, writeFile } from 'node:fs/promises'
import { once } from 'node:events'

export interface WrittenFile {
  rows: number
  bytes: number
  sha256: string
}

// Writes are gathered in memory up to this size, or until `flush`: a system call per row cost more
// than making the rows. What is gathered is lost on a kill; checkpoints allow for that (one counts only
// if the files reach it).
const GATHER_BYTES = 1 << 18

/** A text file written piece by piece, hashed as it goes. */
export class TextFileWriter {
  readonly #stream: WriteStream
  readonly #hash = createHash('sha256')
  #bytes: number
  #gathered: string[] = []
  #gatheredBytes = 0
  #error: Error | undefined

  private constructor(
    readonly path: string,
    bytes: number,
  ) {
    this.#bytes = bytes
    this.#stream = createWriteStream(path, { flags: bytes > 0 ? 'a' : 'w' })
    // A failed write (disk full, folder gone) surfaces at the next write or at `finish`.
    this.#stream.on('error', (error) => (this.#error ??= error))
  }

  /** A new file at `path`, or, with `keep`, the file there cut to its first `keep` bytes and continued. */
  static async open(path: string, keep = 0): Promise<TextFileWriter> {
    if (keep > 0) await truncate(path, keep)
    const writer = new TextFileWriter(path, keep)
    // A sha256 state cannot be restored from a digest: the kept bytes are read again through the hash.
    if (keep > 0) for await (const chunk of createReadStream(path, { end: keep - 1 })) writer.#hash.update(chunk as Buffer)
    return writer
  }

  /** Bytes written so far (in the file once flushed). */
  get bytes(): number {
    return this.#bytes
  }

  async write(text: string): Promise<void> {
    if (this.#error) throw this.#error
    const bytes = Buffer.byteLength(text)
    this.#bytes += bytes
    this.#gathered.push(text)
    this.#gatheredBytes += bytes
    if (this.#gatheredBytes >= GATHER_BYTES) await this.flush()
  }

  /** Hands what was gathered to the file, and waits until the file has it. */
  async flush(): Promise<void> {
    if (this.#error) throw this.#error
    if (this.#gathered.length === 0) return
    const text = this.#gathered.join('')
    this.#gathered = []
    this.#gatheredBytes = 0
    this.#hash.update(text)
    // The write's own callback, not 'drain': a stream that failed is destroyed, and never drains, but it
    // always calls back (with the first error it met, or with "destroyed").
    await new Promise<void>((resolve, reject) => {
      this.#stream.write(text, (error) => (error ? reject(this.#error ?? error) : resolve()))
    })
  }

  /** Flushes and closes the file; its size and hash. */
  async finish(): Promise<{ bytes: number; sha256: string }> {
    await this.flush()
    if (!this.#stream.closed) {
      this.#stream.end()
      await once(this.#stream, 'close')
    }
    if (this.#error) throw this.#error
    return { bytes: this.#bytes, sha256: this.#hash.digest('hex') }
  }

  /** Closes the file with what it was given, for a run that stops; it stays for the next run. */
  async close(): Promise<void> {
    if (this.#stream.closed) return
    await this.flush().catch(() => undefined)
    this.#stream.end()
    await once(this.#stream, 'close').catch(() => undefined)
  }
}

/** A JSON Lines file written row by row (rows already serialized, or values to serialize). */
export class JsonLinesWriter {
  private constructor(
    readonly file: TextFileWriter,
    public rows: number,
  ) {}

  static async open(path: string, keep?: { bytes: number; rows: number }): Promise<JsonLinesWriter> {
    return new JsonLinesWriter(await TextFileWriter.open(path, keep?.bytes), keep?.rows ?? 0)
  }

  write(row: unknown): Promise<void> {
    return this.writeMany([typeof row === 'string' ? row : JSON.stringify(row)])
  }

  /** Rows already serialized, in one write: a write per row costs more than the rows. */
  async writeMany(rows: readonly string[]): Promise<void> {
    if (rows.length === 0) return
    this.rows += rows.length
    await this.file.write(`${rows.join('\n')}\n`)
  }

  async finish(): Promise<WrittenFile> {
    return { rows: this.rows, ...(await this.file.finish()) }
  }
}

/** Writes `data` to `path` whole or not at all. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, data)
  await rename(temp, path)
}
