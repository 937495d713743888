// VNI-Windows: the encoding of the VNI fonts (VNI-Times, ...), long the usual one in the south and abroad.
// A toned vowel is its ASCII letter followed by one byte that carries all its diacritics (a + 0xE1 = ấ);
// a few letters are one byte of their own (đ, ơ, ư, and i and ỵ with their tones). The bytes are the
// Windows-1252 letters the fonts redraw as marks, so a capital's byte sits 0x20 below the small one's.
import { fromCodeUnits, windows1252Units } from './single-byte.js'

const [GRAVE, ACUTE, TILDE, HOOK, DOT] = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']
const [CIRCUMFLEX, BREVE] = ['\u0302', '\u0306']

/**
 * The bytes that follow a vowel, as [byte after a small letter, the marks it adds, the vowels it goes on].
 * After a capital the byte is 0x20 lower (0xF9 → 0xD9). From the VNI-Windows column of the usual
 * comparison charts of Vietnamese encodings.
 */
export const VNI_MARKS: ReadonlyArray<readonly [number, string, string]> = [
  // The five tones alone, on any vowel (i and ỵ are usually single bytes; the pair is read all the same).
  [0xf8, GRAVE, 'aeiouyơư'],
  [0xfb, HOOK, 'aeiouyơư'],
  [0xf5, TILDE, 'aeiouyơư'],
  [0xf9, ACUTE, 'aeiouyơư'],
  [0xef, DOT, 'aeiouyơư'],
  // The circumflex (â, ê, ô), alone and with each tone.
  [0xe2, CIRCUMFLEX, 'aeo'],
  [0xe0, CIRCUMFLEX + GRAVE, 'aeo'],
  [0xe5, CIRCUMFLEX + HOOK, 'aeo'],
  [0xe3, CIRCUMFLEX + TILDE, 'aeo'],
  [0xe1, CIRCUMFLEX + ACUTE, 'aeo'],
  [0xe4, CIRCUMFLEX + DOT, 'aeo'],
  // The breve (ă), alone and with each tone.
  [0xea, BREVE, 'a'],
  [0xe8, BREVE + GRAVE, 'a'],
  [0xfa, BREVE + HOOK, 'a'],
  [0xfc, BREVE + TILDE, 'a'],
  [0xe9, BREVE + ACUTE, 'a'],
  [0xeb, BREVE + DOT, 'a'],
]

/** The letters that are one byte, as [byte of the small letter, the small letter]; the capital is 0x20 lower. */
export const VNI_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xf1, 'đ'],
  [0xf4, 'ơ'], // ơ and ư take their tone as a following byte, like a vowel: ớ is 0xF4 0xF9
  [0xf6, 'ư'],
  [0xec, 'ì'],
  [0xe6, 'ỉ'],
  [0xf3, 'ĩ'],
  [0xed, 'í'],
  [0xf2, 'ị'],
  [0xee, 'ỵ'], // y's other tones are pairs (y + 0xF9 = ý)
]

const CAPITAL = 0x20

// A byte alone: a letter of its own, else its Windows-1252 character (a mark with no vowel before it too).
const SINGLE = windows1252Units()
for (const [byte, letter] of VNI_LETTERS) {
  SINGLE[byte] = letter.charCodeAt(0)
  SINGLE[byte - CAPITAL] = letter.toUpperCase().charCodeAt(0)
}

// A vowel's byte and a mark's byte, indexed as (vowel << 8 | mark), to the letter they make (0: no pair).
// Built once from the tables above, for both cases of the vowel and of the mark: a capital followed by a
// small mark (typed with the wrong shift) is still read.
const PAIRS = new Uint16Array(0x10000)
const byteOf = (small: string): number => (small < '\u0080' ? small.charCodeAt(0) : VNI_LETTERS.find(([, l]) => l === small)![0])
for (const [mark, marks, vowels] of VNI_MARKS) {
  for (const small of vowels) {
    const byte = byteOf(small)
    for (const [base, vowel] of [[byte, small], [byte - CAPITAL, small.toUpperCase()]] as const) {
      const letter = (vowel + marks).normalize('NFC')
      if (letter.length !== 1) throw new Error(`VNI table: ${vowel} with 0x${mark.toString(16)} is not one letter`)
      PAIRS[(base << 8) | mark] = PAIRS[(base << 8) | (mark - CAPITAL)] = letter.charCodeAt(0)
    }
  }
}

/** VNI-Windows bytes as NFC text. */
export function decodeVniWindows(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  let length = 0
  for (let i = 0; i < bytes.length; i++) {
    const pair = i + 1 < bytes.length ? PAIRS[(bytes[i]! << 8) | bytes[i + 1]!]! : 0
    if (pair) {
      units[length++] = pair
      i++
    } else units[length++] = SINGLE[bytes[i]!]!
  }
  return fromCodeUnits(units, length)
}
