// Vietnamese text in the legacy encodings, for tests: written out from the published code charts, apart
// from the tables the decoders use (which are laid out by byte), so that a wrong entry on either side fails.
import iconv from 'iconv-lite'

export const bytesOf = (hex: string): number[] => hex.split(' ').map((h) => parseInt(h, 16))
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

// The tones in the order of the charts: none, grave (huyền), hook above (hỏi), tilde (ngã), acute (sắc), dot below (nặng).
export const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
export const withTone = (vowel: string, tone: number): string => (vowel + TONES[tone]).normalize('NFC')

// TCVN3 (ABC): each vowel's byte with no tone, then with each tone. Toned capitals have no bytes of their own.
export const TCVN3_CHART: Array<[string, string]> = [
  ['a', '61 b5 b6 b7 b8 b9'],
  ['ă', 'a8 bb bc bd be c6'],
  ['â', 'a9 c7 c8 c9 ca cb'],
  ['e', '65 cc ce cf d0 d1'],
  ['ê', 'aa d2 d3 d4 d5 d6'],
  ['i', '69 d7 d8 dc dd de'],
  ['o', '6f df e1 e2 e3 e4'],
  ['ô', 'ab e5 e6 e7 e8 e9'],
  ['ơ', 'ac ea eb ec ed ee'],
  ['u', '75 ef f1 f2 f3 f4'],
  ['ư', 'ad f5 f6 f7 f8 f9'],
  ['y', '79 fa fb fc fd fe'],
]
export const TCVN3_OTHERS: Array<[string, string]> = [
  ['Ă', 'a1'], ['Â', 'a2'], ['Ê', 'a3'], ['Ô', 'a4'], ['Ơ', 'a5'], ['Ư', 'a6'], ['Đ', 'a7'], ['đ', 'ae'],
]

// VNI-Windows: each vowel's bytes with no tone, then with each tone; small letter, then capital.
export const VNI_CHART: Array<[string, string[], string[]]> = [
  ['a', ['61', '61 f8', '61 fb', '61 f5', '61 f9', '61 ef'], ['41', '41 d8', '41 db', '41 d5', '41 d9', '41 cf']],
  ['ă', ['61 ea', '61 e8', '61 fa', '61 fc', '61 e9', '61 eb'], ['41 ca', '41 c8', '41 da', '41 dc', '41 c9', '41 cb']],
  ['â', ['61 e2', '61 e0', '61 e5', '61 e3', '61 e1', '61 e4'], ['41 c2', '41 c0', '41 c5', '41 c3', '41 c1', '41 c4']],
  ['e', ['65', '65 f8', '65 fb', '65 f5', '65 f9', '65 ef'], ['45', '45 d8', '45 db', '45 d5', '45 d9', '45 cf']],
  ['ê', ['65 e2', '65 e0', '65 e5', '65 e3', '65 e1', '65 e4'], ['45 c2', '45 c0', '45 c5', '45 c3', '45 c1', '45 c4']],
  ['i', ['69', 'ec', 'e6', 'f3', 'ed', 'f2'], ['49', 'cc', 'c6', 'd3', 'cd', 'd2']],
  ['o', ['6f', '6f f8', '6f fb', '6f f5', '6f f9', '6f ef'], ['4f', '4f d8', '4f db', '4f d5', '4f d9', '4f cf']],
  ['ô', ['6f e2', '6f e0', '6f e5', '6f e3', '6f e1', '6f e4'], ['4f c2', '4f c0', '4f c5', '4f c3', '4f c1', '4f c4']],
  ['ơ', ['f4', 'f4 f8', 'f4 fb', 'f4 f5', 'f4 f9', 'f4 ef'], ['d4', 'd4 d8', 'd4 db', 'd4 d5', 'd4 d9', 'd4 cf']],
  ['u', ['75', '75 f8', '75 fb', '75 f5', '75 f9', '75 ef'], ['55', '55 d8', '55 db', '55 d5', '55 d9', '55 cf']],
  ['ư', ['f6', 'f6 f8', 'f6 fb', 'f6 f5', 'f6 f9', 'f6 ef'], ['d6', 'd6 d8', 'd6 db', 'd6 d5', 'd6 d9', 'd6 cf']],
  ['y', ['79', '79 f8', '79 fb', '79 f5', '79 f9', 'ee'], ['59', '59 d8', '59 db', '59 d5', '59 d9', 'ce']],
]
export const VNI_OTHERS: Array<[string, string]> = [['đ', 'f1'], ['Đ', 'd1']]

// Windows-1252 punctuation the fonts keep, as Word typed it into these documents.
const PUNCTUATION: Array<[string, string]> = [['“', '93'], ['”', '94'], ['–', '96'], ['…', '85']]

const TCVN3_BYTES = new Map<string, number[]>([
  ...TCVN3_CHART.flatMap(([vowel, row]) => bytesOf(row).map((byte, tone): [string, number[]] => [withTone(vowel, tone), [byte]])),
  ...[...TCVN3_OTHERS, ...PUNCTUATION].map(([letter, hex]): [string, number[]] => [letter, bytesOf(hex)]),
])
const VNI_BYTES = new Map<string, number[]>([
  ...VNI_CHART.flatMap(([vowel, small, capital]) => [
    ...small.map((hex, tone): [string, number[]] => [withTone(vowel, tone), bytesOf(hex)]),
    ...capital.map((hex, tone): [string, number[]] => [withTone(vowel.toUpperCase(), tone), bytesOf(hex)]),
  ]),
  ...[...VNI_OTHERS, ...PUNCTUATION].map(([letter, hex]): [string, number[]] => [letter, bytesOf(hex)]),
])

/** Text in a legacy encoding, from a chart; fails on a character the chart does not have. */
const encodeWith = (chart: Map<string, number[]>, text: string): Uint8Array =>
  Uint8Array.from(
    [...text.normalize('NFC')].flatMap((c) => {
      if (c < '\u0080') return [c.charCodeAt(0)]
      const bytes = chart.get(c)
      if (!bytes) throw new Error(`no bytes for ${c}`)
      return bytes
    }),
  )
export const tcvn3 = (text: string): Uint8Array => encodeWith(TCVN3_BYTES, text)
export const vni = (text: string): Uint8Array => encodeWith(VNI_BYTES, text)

// Windows-1258 as Windows writes it: a precomposed letter when the code page has one, else the letter and its tone mark.
export const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/
export const windows1258 = (text: string): Uint8Array => {
  const split = [...text.normalize('NFC')].map((c) => {
    if (iconv.encode(c, 'windows1258')[0] !== 0x3f || c === '?') return c
    const parts = c.normalize('NFD')
    const tone = parts.match(TONE_MARK)![0]
    return parts.replace(tone, '').normalize('NFC') + tone
  })
  return new Uint8Array(iconv.encode(split.join(''), 'windows1258'))
}
