// decode: bytes → text. Reads byte-order marks, accepts valid UTF-8, and otherwise falls back to the
// legacy Vietnamese code page (Windows-1258) with a warning, since a guess must never pass silently.
// Reads `file.value` (bytes); writes `file.value` (string) and `file.data.source.encoding`.
import { createRequire } from 'node:module'
import type { VFile } from 'vfile'
import type { SourceFormat, Stage } from './data.js'

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

// iconv-lite is loaded only for a file that needs it: most drops are UTF-8 throughout.
let iconv: typeof import('iconv-lite') | undefined
const legacy = (): typeof import('iconv-lite') => (iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'))

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

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new UndecodableError('empty file')
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8.decode(bytes), encoding: 'utf-8-bom', confidence: 1 }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le', confidence: 1 }
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be', confidence: 1 }
  const binary = sniffBinary(bytes)
  if (binary) throw new UndecodableError(binary)
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', confidence: 1 }
  } catch {
    return {
      text: legacy().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258'),
      encoding: 'windows-1258',
      confidence: 0.5,
      doubt: 'not valid UTF-8; decoded as Windows-1258',
    }
  }
}

export const decode: Stage = function () {
  return (_tree, file: VFile) => {
    if (typeof file.value === 'string') return
    let decoded: Decoded
    try {
      decoded = decodeBytes(file.value ?? new Uint8Array())
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

/** The format of a source, by its extension, else by a look at its first bytes. */
export function detectFormat(path: string, head: Uint8Array): SourceFormat {
  const lower = path.toLowerCase()
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl'
  if (/\.(html?|xhtml)$/.test(lower)) return 'html'
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 512)).replace(/^\ufeff/, '')
  return HTML_START.test(start) ? 'html' : 'text'
}
