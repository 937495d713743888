// A JSON Lines file read as a stream, in batches of lines, hashed as it goes: a file of a million
// articles is never held in memory whole. UTF-8, with or without a byte-order mark, or UTF-16 with one.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { TextDecoder } from 'node:util'
import { sniffBinary, UndecodableError } from '../stages/decode.js'
import type { LineBatch } from './process-file.js'

const BATCH_LINES = 64
const BATCH_CHARS = 1 << 20

export interface JsonLinesEnd {
  size: number
  sha256: string
  encoding: string
}

/** Yields the file's lines in batches; returns its size, hash and encoding. Throws when it cannot be
 * read, and an UndecodableError for binary data. */
export async function* readJsonLines(absolute: string, path: string): AsyncGenerator<LineBatch, JsonLinesEnd> {
  const hash = createHash('sha256')
  let size = 0
  let decoder: TextDecoder | undefined
  let encoding = 'utf-8'
  let rest = ''
  let line = 1
  let batch: string[] = []
  let chars = 0
  const take = (): LineBatch => {
    const out = { path, first: line - batch.length, lines: batch, encoding }
    batch = []
    chars = 0
    return out
  }
  for await (const chunk of createReadStream(absolute) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
    if (!decoder) {
      const binary = chunk[0] === 0xff || chunk[0] === 0xfe ? undefined : sniffBinary(chunk)
      if (binary) throw new UndecodableError(binary)
      ;[decoder, encoding] = chunk[0] === 0xff && chunk[1] === 0xfe ? [new TextDecoder('utf-16le'), 'utf-16le'] : chunk[0] === 0xfe && chunk[1] === 0xff ? [new TextDecoder('utf-16be'), 'utf-16be'] : [new TextDecoder('utf-8'), chunk[0] === 0xef ? 'utf-8-bom' : 'utf-8']
    }
    const text = rest + decoder.decode(chunk, { stream: true })
    const parts = text.split(/\r\n|\n|\r(?!$)/)
    rest = parts.pop()!
    for (const part of parts) {
      batch.push(part)
      chars += part.length
      line++
      if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) yield take()
    }
  }
  rest += decoder?.decode() ?? ''
  if (rest.endsWith('\r')) rest = rest.slice(0, -1)
  if (rest) {
    batch.push(rest)
    line++
  }
  if (batch.length > 0) yield take()
  return { size, sha256: hash.digest('hex'), encoding }
}
