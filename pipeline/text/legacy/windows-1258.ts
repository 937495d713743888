// Windows-1258, the code page Windows itself wrote Vietnamese in: Latin-1 letters, the letters with a
// diacritic Latin-1 lacks (ă, đ, ơ, ư), and the five tones as combining marks after their vowel.
import { createRequire } from 'node:module'
import { once } from '../memo.js'

// iconv-lite is loaded only for a file that needs it: most drops are UTF-8 throughout.
const load = once(() => createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'))

/** Windows-1258 bytes as NFC text (the code page's separate tone marks composed with their vowels). */
export function decodeWindows1258(bytes: Uint8Array): string {
  return load().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC')
}
