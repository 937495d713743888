import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'
import { decodeBytes, UndecodableError } from '../../pipeline/stages/decode.js'
import { isSyllable, scoreVietnamese } from '../../pipeline/text/legacy/score-vietnamese.js'
import { decodeTcvn3 } from '../../pipeline/text/legacy/tcvn3.js'
import { decodeVniWindows } from '../../pipeline/text/legacy/vni-windows.js'

// The charts below are written out here, from the published code charts, apart from the tables the
// decoders use (which are laid out by byte): a wrong entry on either side fails a test.

const bytesOf = (hex: string): number[] => hex.split(' ').map((h) => parseInt(h, 16))
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

// The tones in the order of the charts: none, grave (huyền), hook above (hỏi), tilde (ngã), acute (sắc), dot below (nặng).
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
const withTone = (vowel: string, tone: number): string => (vowel + TONES[tone]).normalize('NFC')

// TCVN3 (ABC): each vowel's byte with no tone, then with each tone. Toned capitals have no bytes of their own.
const TCVN3_CHART: Array<[string, string]> = [
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
const TCVN3_OTHERS: Array<[string, string]> = [
  ['Ă', 'a1'], ['Â', 'a2'], ['Ê', 'a3'], ['Ô', 'a4'], ['Ơ', 'a5'], ['Ư', 'a6'], ['Đ', 'a7'], ['đ', 'ae'],
]

// VNI-Windows: each vowel's bytes with no tone, then with each tone; small letter, then capital.
const VNI_CHART: Array<[string, string[], string[]]> = [
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
const VNI_OTHERS: Array<[string, string]> = [['đ', 'f1'], ['Đ', 'd1']]

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
const tcvn3 = (text: string): Uint8Array => encodeWith(TCVN3_BYTES, text)
const vni = (text: string): Uint8Array => encodeWith(VNI_BYTES, text)

// Windows-1258 as Windows writes it: a precomposed letter when the code page has one, else the letter and its tone mark.
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/
const windows1258 = (text: string): Uint8Array => {
  const split = [...text.normalize('NFC')].map((c) => {
    if (iconv.encode(c, 'windows1258')[0] !== 0x3f || c === '?') return c
    const parts = c.normalize('NFD')
    const tone = parts.match(TONE_MARK)![0]
    return parts.replace(tone, '').normalize('NFC') + tone
  })
  return new Uint8Array(iconv.encode(split.join(''), 'windows1258'))
}
// The five bytes Windows-1252 leaves undefined keep their C1 code, as in the WHATWG Encoding Standard.
const windows1252 = (byte: number): string => iconv.decode(Buffer.from([byte]), 'windows1252').replace('\ufffd', String.fromCharCode(byte))

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

describe('TCVN3 (ABC), letter by letter', () => {
  for (const [vowel, row] of TCVN3_CHART) {
    it(`reads ${vowel} with each tone`, () => {
      const bytes = bytesOf(row)
      expect(bytes.map((byte) => decodeTcvn3(Uint8Array.of(byte)))).toEqual(TONES.map((_, tone) => withTone(vowel, tone)))
    })
  }

  it('reads the capitals with a letter diacritic, and đ', () => {
    for (const [letter, hex] of TCVN3_OTHERS) expect(decodeTcvn3(Uint8Array.from(bytesOf(hex)))).toBe(letter)
  })

  it('reads a toned capital, typed in the capitals font at the small letter\'s byte, as the small letter', () => {
    // "ĐẠI HỘI" in .VnTimeH: the bytes of "§¹i héi" — only the capitals without tone keep their case.
    expect(decodeTcvn3(Uint8Array.from(bytesOf('a7 b9 69 20 48 e9 49')))).toBe('Đại HộI')
  })

  it('reads every other byte as Windows-1252 (quotes, dashes and the bytes VN1 uses for capitals)', () => {
    const letters = new Set([...TCVN3_CHART.flatMap(([, row]) => bytesOf(row)), ...TCVN3_OTHERS.flatMap(([, hex]) => bytesOf(hex))])
    for (let byte = 0x80; byte <= 0xff; byte++) {
      if (!letters.has(byte)) expect(decodeTcvn3(Uint8Array.of(byte)), `byte 0x${byte.toString(16)}`).toBe(windows1252(byte))
    }
  })
})

describe('VNI-Windows, letter by letter', () => {
  for (const [vowel, small, capital] of VNI_CHART) {
    it(`reads ${vowel} and ${vowel.toUpperCase()} with each tone`, () => {
      expect(small.map((hex) => decodeVniWindows(Uint8Array.from(bytesOf(hex))))).toEqual(TONES.map((_, tone) => withTone(vowel, tone)))
      expect(capital.map((hex) => decodeVniWindows(Uint8Array.from(bytesOf(hex))))).toEqual(TONES.map((_, tone) => withTone(vowel.toUpperCase(), tone)))
    })
  }

  it('reads đ and Đ', () => {
    for (const [letter, hex] of VNI_OTHERS) expect(decodeVniWindows(Uint8Array.from(bytesOf(hex)))).toBe(letter)
  })

  it('reads every byte that is no letter alone as Windows-1252, a mark with no vowel before it too', () => {
    const letters = new Set(
      [...VNI_CHART.flatMap(([, small, capital]) => [...small, ...capital]), ...VNI_OTHERS.map(([, hex]) => hex)].filter((hex) => !hex.includes(' ')).map((hex) => parseInt(hex, 16)),
    )
    for (let byte = 0x80; byte <= 0xff; byte++) {
      if (!letters.has(byte)) expect(decodeVniWindows(Uint8Array.of(0x20, byte)), `byte 0x${byte.toString(16)}`).toBe(' ' + windows1252(byte))
    }
  })

  it('reads a capital followed by a small mark as the capital with its tone', () => {
    expect(decodeVniWindows(Uint8Array.from(bytesOf('55 fb 79')))).toBe('Ủy')
  })

  it('gives NFC text', () => {
    const text = decodeVniWindows(vni('Người dân ở Thừa Thiên Huế'))
    expect(text).toBe('Người dân ở Thừa Thiên Huế')
    expect(text).toBe(text.normalize('NFC'))
  })
})

// Real news sentences. TCVN3 writes "Uỷ" (U, then ỷ): it has no toned capital Ủ.
const SENTENCES = [
  'Uỷ ban nhân dân tỉnh Lâm Đồng đã tổ chức hội nghị tổng kết công tác năm 2022.',
  'Sáng 13/1, Thủ tướng Chính phủ chủ trì phiên họp thường kỳ với các bộ, ngành và địa phương.',
  'Giá xăng dầu trong nước được điều chỉnh tăng từ 15 giờ chiều nay – theo thông báo của liên Bộ Công Thương và Bộ Tài chính.',
  'Người dân xã Quảng Ngãi cho biết “mưa lớn kéo dài khiến nhiều tuyến đường bị ngập sâu”…',
]
const ARTICLE = SENTENCES.join('\n')

describe('whole sentences in a legacy encoding', () => {
  for (const sentence of SENTENCES) {
    it(`reads back in TCVN3: ${sentence.slice(0, 30)}…`, () => {
      const bytes = tcvn3(sentence)
      expect(isUtf8(bytes)).toBe(false)
      expect(decodeTcvn3(bytes)).toBe(sentence)
      expect(decodeBytes(bytes)).toMatchObject({ text: sentence, encoding: 'tcvn3' })
    })

    it(`reads back in VNI-Windows: ${sentence.slice(0, 30)}…`, () => {
      const bytes = vni(sentence)
      expect(isUtf8(bytes)).toBe(false)
      expect(decodeVniWindows(bytes)).toBe(sentence)
      expect(decodeBytes(bytes)).toMatchObject({ text: sentence, encoding: 'vni-windows' })
    })

    it(`reads back in Windows-1258: ${sentence.slice(0, 30)}…`, () => {
      expect(decodeBytes(windows1258(sentence))).toMatchObject({ text: sentence, encoding: 'windows-1258' })
    })
  }

  it('judges a long file by its start and reads it whole', () => {
    const long = Array.from({ length: 400 }, () => ARTICLE).join('\n')
    const bytes = tcvn3(long)
    expect(bytes.length).toBeGreaterThan(64 * 1024)
    expect(decodeBytes(bytes)).toEqual({ text: long, encoding: 'tcvn3', confidence: 1 })
  })

  it('reads a capital headline in VNI-Windows', () => {
    const headline = 'ĐẠI HỘI ĐẢNG BỘ TỈNH QUẢNG NGÃI LẦN THỨ XX THÀNH CÔNG TỐT ĐẸP'
    expect(decodeBytes(vni(headline))).toMatchObject({ text: headline, encoding: 'vni-windows' })
  })

  it('is certain of a whole article, and says how unsure it is of one sentence', () => {
    expect(decodeBytes(tcvn3(ARTICLE))).toEqual({ text: ARTICLE, encoding: 'tcvn3', confidence: 1 })
    expect(decodeBytes(vni(ARTICLE))).toEqual({ text: ARTICLE, encoding: 'vni-windows', confidence: 1 })
    expect(decodeBytes(windows1258(ARTICLE))).toEqual({ text: ARTICLE, encoding: 'windows-1258', confidence: 1 })
    expect(decodeBytes(tcvn3(SENTENCES[0]!))).toEqual({
      text: SENTENCES[0],
      encoding: 'tcvn3',
      confidence: 0.8,
      doubt: 'not valid UTF-8; read as TCVN3 (confidence 0.8, next: VNI-Windows 0.09)',
    })
  })
})

describe('UTF-8 and UTF-16', () => {
  it('reads UTF-8, with or without a byte-order mark, as certain', () => {
    expect(decodeBytes(utf8('Hà Nội'))).toEqual({ text: 'Hà Nội', encoding: 'utf-8', confidence: 1 })
    expect(decodeBytes(utf8('\ufeffHà Nội'))).toEqual({ text: 'Hà Nội', encoding: 'utf-8-bom', confidence: 1 })
  })

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeBytes(Uint8Array.of(0xff, 0xfe, 0x48, 0x00, 0xe0, 0x00))).toEqual({ text: 'Hà', encoding: 'utf-16le', confidence: 1 })
    expect(decodeBytes(Uint8Array.of(0xfe, 0xff, 0x00, 0x48, 0x1e, 0xa1))).toEqual({ text: 'Hạ', encoding: 'utf-16be', confidence: 1 })
  })

  it('refuses UTF-16 that its byte-order mark promised but the bytes are not', () => {
    // An odd byte count, then an unpaired high surrogate (D800).
    expect(() => decodeBytes(Uint8Array.of(0xff, 0xfe, 0x48, 0x00, 0xe0))).toThrow(new UndecodableError('not valid UTF-16LE after its byte-order mark'))
    expect(() => decodeBytes(Uint8Array.of(0xfe, 0xff, 0xd8, 0x00, 0x00, 0x48))).toThrow(new UndecodableError('not valid UTF-16BE after its byte-order mark'))
  })

  it('reads a file cut inside its last character as UTF-8, drops the piece and says so', () => {
    const start = utf8('Giá điện tăng từ hôm nay tại Hà N')
    // "ộ" is E1 BB 99 in UTF-8: the file ends after its first byte, or its second.
    expect(decodeBytes(Uint8Array.from([...start, 0xe1]))).toEqual({
      text: 'Giá điện tăng từ hôm nay tại Hà N',
      encoding: 'utf-8',
      confidence: 0.9,
      doubt: 'truncated UTF-8: the last byte is an incomplete character',
    })
    expect(decodeBytes(Uint8Array.from([...start, 0xe1, 0xbb]))).toMatchObject({
      text: 'Giá điện tăng từ hôm nay tại Hà N',
      doubt: 'truncated UTF-8: the last 2 bytes are an incomplete character',
    })
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...start, 0xe1]))).toMatchObject({ text: 'Giá điện tăng từ hôm nay tại Hà N', encoding: 'utf-8-bom', confidence: 0.9 })
  })

  it('does not take a bad byte before the end for a truncated character', () => {
    const bytes = Uint8Array.from([...utf8('Hà Nội '), 0xff, ...utf8('và ')])
    expect(decodeBytes(bytes).doubt).toMatch(/^not valid UTF-8; read as /)
  })

  it('refuses empty and binary files with the reason', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(new UndecodableError('empty file'))
    expect(() => decodeBytes(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x2d))).toThrow(new UndecodableError('binary file: PDF document'))
  })
})

describe('how Vietnamese a reading is', () => {
  it('knows syllables from other words', () => {
    for (const word of ['người', 'được', 'Nguyễn', 'quốc', 'giữa', 'giếng', 'khuya', 'hoà', 'thuở', 'quỳnh', 'UỶ']) expect(isSyllable(word), word).toBe(true)
    for (const word of ['nh', 'tØnh', 'Vieät', 'caùc', 'cña', 'tàc', 'sốc̀', 'online']) expect(isSyllable(word), word).toBe(false)
  })

  it('leaves out ASCII syllables and acronyms, which read the same in every encoding', () => {
    expect(scoreVietnamese('UBND tỉnh ban hành kế hoạch')).toEqual({ score: 1, words: 4 })
    // The same in TCVN3 read as Windows-1258: "ho¹ch" splits into "ho" (left out) and "ch"; "kÕ" is "kõ", a syllable by chance.
    expect(scoreVietnamese('UBND tØnh ban hµnh kÕ ho¹ch')).toEqual({ score: 0.25, words: 4 })
  })
})

describe('the record says how the source was read', () => {
  it('records a clear TCVN3 article with no warning', () => {
    const record = extractArticle(tcvn3(ARTICLE), { path: 'a.txt' })
    expect(record.source.encoding).toBe('tcvn3')
    expect(record.source.encoding_confidence).toBeUndefined()
    expect(record.text).toContain('Uỷ ban nhân dân tỉnh Lâm Đồng')
    expect(record.warnings.filter((w) => w.stage === 'decode')).toEqual([])
  })

  it('records an unsure reading with its confidence and a warning', () => {
    const record = extractArticle(vni(SENTENCES[0]!.replace('Uỷ', 'Ủy')), { path: 'a.txt' })
    expect(record.source.encoding).toBe('vni-windows')
    expect(record.source.encoding_confidence).toBe(0.8)
    expect(record.text).toBe('Ủy ban nhân dân tỉnh Lâm Đồng đã tổ chức hội nghị tổng kết công tác năm 2022.')
    expect(record.warnings).toContainEqual({
      message: 'not valid UTF-8; read as VNI-Windows (confidence 0.8, next: TCVN3 0.12)',
      stage: 'decode',
      rule: 'encoding-guess',
    })
  })

  it('records a truncated UTF-8 file with its confidence and a warning', () => {
    const record = extractArticle(Uint8Array.from([...utf8('Tin mới nhất về thời tiết Hà N'), 0xe1]), { path: 'a.txt' })
    expect(record.source.encoding).toBe('utf-8')
    expect(record.source.encoding_confidence).toBe(0.9)
    expect(record.warnings).toContainEqual({ message: 'truncated UTF-8: the last byte is an incomplete character', stage: 'decode', rule: 'encoding-guess' })
  })
})
