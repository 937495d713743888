import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'
import { decodeBytes, UndecodableError } from '../../pipeline/stages/decode.js'
import { scoreVietnamese } from '../../pipeline/text/legacy/score-vietnamese.js'
import { isSyllable } from '../../pipeline/text/syllable.js'
import { decodeTcvn3 } from '../../pipeline/text/legacy/tcvn3.js'
import { decodeVniWindows } from '../../pipeline/text/legacy/vni-windows.js'
import { TCVN3_CHART, TCVN3_OTHERS, TONES, VNI_CHART, VNI_OTHERS, bytesOf, tcvn3, utf8, vni, windows1258, withTone } from '../legacy-encodings.js'

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
    expect(record.source.encoding_confidence).toBe(1)
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
