// decode: bytes → text. Reads byte-order marks and accepts valid UTF-8 (a file cut inside its last
// character too, with a warning); other bytes are read in the legacy Vietnamese encoding they read best
// in (Windows-1258, TCVN3 or VNI-Windows), with a warning unless that is clear, since a guess must never
// pass silently. Reads `file.value` (bytes); writes `file.value` (string) and `file.data.source.encoding`.
//
// A short TCVN3 or VNI text can happen to be valid UTF-8 (each high byte a lead byte followed by the
// right number of bytes in 0x80–0xBF); it is then taken as UTF-8. Whole articles practically never are.
import type { VFile } from 'vfile'
import { guessLegacyEncoding } from '../text/legacy/guess-encoding.js'
import { defineStage, type SourceFormat, type Stage } from './data.js'

export interface Decoded {
  text: string
  encoding: string
  confidence: number
  /** Why the encoding is not certain, when it is not. */
  doubt?: string
}

/** Thrown for bytes that are not text at all; the runner quarantines the file with this reason. */
export class UndecodableError extends Error {
  override name = 'UndecodableError'
}

// Magic numbers of the binary formats most often found mixed into drops.
const SIGNATURES: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['OLE2 document (old Word/Excel)', [0xd0, 0xcf, 0x11, 0xe0]],
]

const startsWith = (bytes: Uint8Array, sig: number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

/** Why the bytes are binary data and not text, or undefined when they may be text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return `binary file: ${name}`
  // Text never holds NUL; a NUL in the first 8 KiB means binary data (or BOM-less UTF-16, equally unreadable here).
  if (bytes.subarray(0, 8192).includes(0)) return 'binary file: contains NUL bytes'
  return undefined
}

// A file cut inside its last character is UTF-8 all the same; only its end is in doubt (or, rarely, it is
// a legacy text whose one high byte is its last).
const TRUNCATED_CONFIDENCE = 0.9

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new UndecodableError('empty file')
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(utf16le, bytes, 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(utf16be, bytes, 'utf-16be')
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
  const binary = bom ? undefined : sniffBinary(bytes)
  if (binary) throw new UndecodableError(binary)
  const encoding = bom ? 'utf-8-bom' : 'utf-8'
  try {
    // The common case, and the only work it does: one validating decode (which drops the BOM).
    return { text: utf8.decode(bytes), encoding, confidence: 1 }
  } catch {
    const body = bom ? bytes.subarray(3) : bytes
    const truncated = decodeTruncatedUtf8(body)
    if (truncated) return { ...truncated, encoding, confidence: TRUNCATED_CONFIDENCE }
    return guessLegacyEncoding(body)
  }
}

function decodeUtf16(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { text: decoder.decode(bytes.subarray(2)), encoding, confidence: 1 }
  } catch {
    // An odd byte count or an unpaired surrogate: the byte-order mark promised text the bytes are not.
    throw new UndecodableError(`not valid ${encoding.toUpperCase()} after its byte-order mark`)
  }
}

/** The text of bytes that are valid UTF-8 but for an unfinished character at the end, and a doubt naming
 * how many bytes were dropped; undefined for bytes invalid anywhere else. */
function decodeTruncatedUtf8(bytes: Uint8Array): { text: string; doubt: string } | undefined {
  let text: string
  try {
    // In streaming mode a validating decoder holds an unfinished last character back instead of failing.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return undefined
  }
  // The held-back bytes: the last lead byte (11xxxxxx) and the continuation bytes after it.
  let cut = 1
  while ((bytes[bytes.length - cut]! & 0xc0) === 0x80) cut++
  const what = cut === 1 ? 'the last byte is' : `the last ${cut} bytes are`
  return { text, doubt: `truncated UTF-8: ${what} an incomplete character` }
}

// One article's source: news pages run to a few hundred KB. Past this a file is not one article, and
// its trees would not fit a worker's heap.
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024

/** A size in megabytes, as the limits' reasons give it. */
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`

export const decode: Stage = function () {
  return (_tree, file: VFile) => {
    if (typeof file.value === 'string') {
      // A line of a JSON Lines file, decoded by the reader of the whole file (JSON Lines is UTF-8 by
      // definition), which replaced bytes that were not UTF-8 with U+FFFD.
      if (file.data.source!.format === 'jsonl' && file.value.includes('\ufffd')) {
        file.data.source!.encodingConfidence = 0.5
        file.message('the line holds U+FFFD: bytes that were not valid UTF-8, replaced', { ruleId: 'encoding-guess', source: 'decode' })
      }
      return
    }
    const bytes = file.value ?? new Uint8Array()
    if (bytes.length > MAX_SOURCE_BYTES) {
      file.fail(`file too large for one article: ${mb(bytes.length)} (the limit is ${mb(MAX_SOURCE_BYTES)})`, { ruleId: 'too-large', source: 'decode' })
    }
    let decoded: Decoded
    try {
      decoded = decodeBytes(bytes)
    } catch (error) {
      if (error instanceof UndecodableError) file.fail(error.message, { ruleId: 'undecodable', source: 'decode' })
      throw error
    }
    file.value = decoded.text
    file.data.source!.encoding = decoded.encoding
    file.data.source!.encodingConfidence = decoded.confidence
    if (decoded.doubt) file.message(decoded.doubt, { ruleId: 'encoding-guess', source: 'decode' })
  }
}

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|article|meta)\b/i

/** Whether a file holds JSON Lines, one article per line, by its name: the runner reads such a file line
 * by line, everything else as one article. */
export const isJsonLines = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path)

/** The format of a source, by its extension, else by a look at its first bytes. */
export function detectFormat(path: string, head: Uint8Array): SourceFormat {
  const lower = path.toLowerCase()
  if (isJsonLines(lower)) return 'jsonl'
  if (/\.(html?|xhtml)$/.test(lower)) return 'html'
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 512)).replace(/^\ufeff/, '')
  return HTML_START.test(start) ? 'html' : 'text'
}

export const decodeStage = defineStage({ name: 'decode', reads: ['source'], writes: ['source'], plugin: decode })
