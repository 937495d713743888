// A JSON Lines file read as a stream, in batches of lines, hashed as it goes: a file of a million
// articles is never held in memory whole, nor a line longer than an article may be. UTF-8, with or
// without a byte-order mark, or UTF-16 with one.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { TextDecoder } from 'node:util'
import { MAX_SOURCE_BYTES, sniffBinary, UndecodableError } from '../stages/decode.js'
import type { LineBatch } from '../contracts.js'

const BATCH_LINES = 64
const BATCH_CHARS = 1 << 20
const LINE_END = /\r\n|\n|\r/g

export interface JsonLinesEnd {
  size: number
  sha256: string
  encoding: string
}

/** How far the reader had read when it gave out a batch: every line of the batch lies in the file's
 * first `bytes` bytes, whose hash is `sha256`. A run stopped inside the file checks these to go on from
 * there. */
export interface ReadSoFar {
  bytes: number
  sha256: string
}

/** Yields the file's lines in batches (from line `from` on; the lines before it are read through the
 * hash only); returns its size, hash and encoding. Throws when it cannot be read, and an
 * UndecodableError for binary data. A line longer than one article may be is not kept: it is yielded
 * empty, with its length in the batch's `tooLarge`. */
export async function* readJsonLines(absolute: string, path: string, from = 1): AsyncGenerator<{ batch: LineBatch; read: ReadSoFar }, JsonLinesEnd> {
  const hash = createHash('sha256')
  let size = 0
  let decoder: TextDecoder | undefined
  let encoding = 'utf-8'
  let line = 1
  let batch: string[] = []
  let tooLarge: Array<{ line: number; bytes: number }> = []
  let chars = 0
  // The line being read, as the chunks brought it: joined once when it ends, so that a line of many
  // chunks costs its length and not its length times the chunks.
  let pieces: string[] = []
  let lineBytes = 0
  // A chunk that ended in CR: an LF opening the next one belongs to the same line break.
  let afterCR = false
  const take = (): { batch: LineBatch; read: ReadSoFar } => {
    const out: LineBatch = { path, first: line - batch.length, lines: batch, encoding, ...(tooLarge.length > 0 ? { tooLarge } : {}) }
    batch = []
    tooLarge = []
    chars = 0
    return { batch: out, read: { bytes: size, sha256: hash.copy().digest('hex') } }
  }
  const addPiece = (piece: string): void => {
    if (piece === '') return
    lineBytes += Buffer.byteLength(piece)
    if (lineBytes <= MAX_SOURCE_BYTES && line >= from) pieces.push(piece)
    else pieces = []
  }
  const endLine = (): void => {
    if (line < from) {
      // Done by the run that stopped: read, not given out.
    } else if (lineBytes > MAX_SOURCE_BYTES) {
      tooLarge.push({ line, bytes: lineBytes })
      batch.push('')
    } else {
      const text = pieces.length === 1 ? pieces[0]! : pieces.join('')
      batch.push(text)
      chars += text.length
    }
    pieces = []
    lineBytes = 0
    line++
  }
  for await (const chunk of createReadStream(absolute) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
    if (!decoder) {
      const binary = chunk[0] === 0xff || chunk[0] === 0xfe ? undefined : sniffBinary(chunk)
      if (binary) throw new UndecodableError(binary)
      ;[decoder, encoding] = chunk[0] === 0xff && chunk[1] === 0xfe ? [new TextDecoder('utf-16le'), 'utf-16le'] : chunk[0] === 0xfe && chunk[1] === 0xff ? [new TextDecoder('utf-16be'), 'utf-16be'] : [new TextDecoder('utf-8'), chunk[0] === 0xef ? 'utf-8-bom' : 'utf-8']
    }
    const text = decoder.decode(chunk, { stream: true })
    let start = afterCR && text.startsWith('\n') ? 1 : 0
    if (text !== '') afterCR = false
    for (const end of text.matchAll(LINE_END)) {
      if (end.index < start) continue
      addPiece(text.slice(start, end.index))
      endLine()
      start = end.index + end[0].length
      if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) yield take()
    }
    addPiece(text.slice(start))
    if (text.endsWith('\r')) afterCR = true
  }
  addPiece(decoder?.decode() ?? '')
  if (pieces.length > 0 || lineBytes > 0) endLine()
  if (batch.length > 0) yield take()
  return { size, sha256: hash.digest('hex'), encoding }
}
