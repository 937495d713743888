import { describe, expect, it } from 'vitest'
import { OffsetMap } from '../../pipeline/text/offset-map.js'
import { TextBuilder } from '../../pipeline/stages/clean.js'
import { extractArticle } from '../../pipeline/index.js'

const cleanText = (raw: string): { text: string; offsets: OffsetMap } => {
  const b = new TextBuilder()
  b.append(raw, 0, { entities: true })
  return { text: b.text, offsets: b.offsets }
}

describe('clean', () => {
  it('composes decomposed tone marks (NFD) to NFC', () => {
    expect(cleanText('Nguye\u0302\u0303n Va\u0306n'.normalize('NFD')).text).toBe('Nguyễn Văn')
  })

  it('turns CRLF and lone CR into LF, drops invisible characters, collapses spaces', () => {
    expect(cleanText('Hà\u00a0 Nội\r\nĐà\u200bNẵng\rHuế  \t').text).toBe('Hà Nội\nĐàNẵng\nHuế')
  })

  it('decodes HTML entities left in plain text', () => {
    expect(cleanText('Bộ Kế hoạch &amp; Đầu tư &#272;&#xe0; &nbsp;x &bogus;').text).toBe('Bộ Kế hoạch & Đầu tư Đà x &bogus;')
  })

  it('maps cleaned offsets back to the source', () => {
    const raw = 'A\r\nB  C&amp;D'
    const { text, offsets } = cleanText(raw)
    expect(text).toBe('A\nB C&D')
    expect(raw[offsets.toSource(text.indexOf('C'))]).toBe('C')
    expect(raw[offsets.toSource(text.indexOf('D'))]).toBe('D')
    expect(raw[offsets.toSource(text.indexOf('B'))]).toBe('B')
  })

  it('removes the crawler date prefix and keeps it as the publication date', () => {
    const record = extractArticle(' date 2022-01 (LĐ online) - Sáng 13/1, hội nghị khai mạc.\n\nĐoạn hai kết thúc.')
    expect(record.text.startsWith('(LĐ online) - Sáng 13/1')).toBe(true)
    expect(record.published).toBe('2022-01')
  })

  it('keeps the article but not a crawler date that is not on the calendar, and says so', () => {
    const record = extractArticle(' date 2047-26 (LĐ online) - Sáng 13/1, hội nghị khai mạc.\n\nĐoạn hai kết thúc.')
    expect(record.published).toBeNull()
    expect(record.warnings).toEqual([{ message: 'unreadable publication date `2047-26`', stage: 'metadata', rule: 'published-date' }])
  })
})

describe('problems found while cleaning', () => {
  it('warns of a combining mark with no letter to carry it, with its place in the text', () => {
    const record = extractArticle('Tiêu đề\n\nMột dấu \u0301 lạc giữa câu văn.\nĐoạn cuối cùng.')
    const at = record.text.indexOf('\u0301')
    expect(record.warnings).toEqual([{ message: 'combining mark with no letter before it to carry it', stage: 'clean', rule: 'stray-mark', start: at, end: at + 1 }])
  })
})
