// Which legacy Vietnamese encoding bytes are in, once they are known not to be UTF-8: each candidate
// decodes them and the reading that is most Vietnamese wins. How sure the pick is depends on how well it
// reads, how far it is ahead of the next reading, and how many words that rests on.
import { scoreVietnamese } from './score-vietnamese.js'
import { decodeTcvn3 } from './tcvn3.js'
import { decodeVniWindows } from './vni-windows.js'
import { decodeWindows1258 } from './windows-1258.js'

export interface LegacyEncoding {
  /** The name records carry. */
  encoding: string
  /** The name people know it by, for messages. */
  label: string
  decode: (bytes: Uint8Array) => string
}

/** The candidates, in order of preference on a tie: Windows-1258 is what Windows itself wrote. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [
  { encoding: 'windows-1258', label: 'Windows-1258', decode: decodeWindows1258 },
  { encoding: 'tcvn3', label: 'TCVN3', decode: decodeTcvn3 },
  { encoding: 'vni-windows', label: 'VNI-Windows', decode: decodeVniWindows },
]

// A reading is certain when it scores this well, leads the next by this much, on this many words.
// Below any of the three, confidence falls in proportion to the one it falls shortest of.
const CLEAR = { score: 0.9, margin: 0.5, words: 20 }

// Enough text to judge by: a longer file is judged on its start, and decoded whole only in the pick.
const SAMPLE_BYTES = 64 * 1024

export interface Guess {
  text: string
  encoding: string
  /** 0 to 1, two decimals, rounded down: 1 only when the pick is clear on all counts. */
  confidence: number
  /** Why the pick is not certain, when it is not. */
  doubt?: string
}

// Rounded down (past float noise: 0.29 * 100 is 28.999...), so that only a clear pick shows as 1.
const twoDecimals = (n: number): number => Math.floor(n * 100 + 1e-9) / 100

/** The most Vietnamese reading of bytes that are not UTF-8. */
export function guessLegacyEncoding(bytes: Uint8Array): Guess {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const readings = LEGACY_ENCODINGS.map((candidate) => {
    const text = candidate.decode(sample)
    return { ...candidate, text, ...scoreVietnamese(text) }
  })
  // Array sort is stable: on equal scores the order of preference stands.
  const [best, next] = readings.sort((a, b) => b.score - a.score)
  const margin = best.score - next.score
  const confidence = twoDecimals(Math.min(1, best.score / CLEAR.score, margin / CLEAR.margin, best.words / CLEAR.words))
  const text = sample.length === bytes.length ? best.text : best.decode(bytes)
  const guess: Guess = { text, encoding: best.encoding, confidence }
  if (confidence < 1) {
    guess.doubt = `not valid UTF-8; read as ${best.label} (confidence ${confidence}, next: ${next.label} ${twoDecimals(next.score)})`
  }
  return guess
}
