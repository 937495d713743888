import { describe, expect, it } from 'vitest'
import { readWords } from '../../pipeline/stages/entities/words.js'
import { parseText } from '../../pipeline/stages/parse.js'
import { nextCut } from '../../pipeline/text/next-cut.js'

const piece = (text: string, from: number, max: number): string => text.slice(from, nextCut(text, from, max))

describe('nextCut', () => {
  it('ends a piece at the last sentence end before its limit, one at a line break first', () => {
    expect(piece('Trời mưa to.\nNước lên. Dân đi sơ tán.', 0, 24)).toBe('Trời mưa to.\nNước lên. ')
    expect(piece('Trời mưa to.\nNước lên nhanh. Dân đi.', 0, 32)).toBe('Trời mưa to.\nNước lên nhanh. ')
    expect(piece('Một hai ba. Bốn năm sáu. Bảy', 12, 14)).toBe('Bốn năm sáu. ')
  })

  it('takes no full stop parse-latin reads inside a sentence: an initial, an abbreviation, a number, a lower-case start', () => {
    const upToLast = (text: string): string => piece(text, 0, text.length - 1)
    expect(upToLast('Trời mưa to. Bà con đi')).toBe('Trời mưa to. ')
    expect(upToLast('Ông Nguyễn A. Bình đến')).toBe('Ông Nguyễn A. Bình ')
    expect(upToLast('Xem thêm etc. Con số')).toBe('Xem thêm etc. Con ')
    expect(upToLast('Năm đó là 20. Đó là')).toBe('Năm đó là 20. Đó ')
    expect(upToLast('Trời mưa to. bà con đi')).toBe('Trời mưa to. bà con ')
  })

  it('cuts a text with no sentence end at a line break, else a space, else anywhere but inside a surrogate pair', () => {
    expect(piece('số 1/\nsố 1/ số 1/ số 1/', 0, 10)).toBe('số 1/\n')
    expect(piece('số 1/ số 1/ số 1/ số 1/', 0, 10)).toBe('số 1/ số ')
    expect(piece('x'.repeat(30), 0, 10)).toBe('x'.repeat(10))
    expect(piece(`${'x'.repeat(9)}😀x`, 0, 10)).toBe('x'.repeat(9))
  })

  it('never cuts before half the limit, so that each piece moves the reading on', () => {
    expect(piece('Có. Một hai ba bốn năm sáu bảy', 0, 20)).toBe('Có. Một hai ba bốn ')
  })

  it('takes the rest when it is within the limit', () => {
    expect(piece('Trời mưa.', 0, 10)).toBe('Trời mưa.')
  })
})

describe('parseText', () => {
  // Sentence ends parse-latin reads in its own ways, separated by spaces, line breaks and blank lines.
  const sentences = [
    'Ông A. Nguyễn đến dự.',
    'Giá tăng 20. Tháng sau giảm.',
    'Xem thêm etc. Con số này lớn.',
    'Ông đến.\nbà về.',
    'Họ nói: "Xong rồi." Mọi người vỗ tay!',
    'Tại TP.HCM, ngày 1/2/2022 (theo U.S. News), ai biết?',
    'Giá: 1.000 đồng; 2.000 đồng.',
    '- Ông Ba, Chủ tịch UBND tỉnh.',
    '; và thêm nữa.',
  ]
  const separators = [' ', '\n', '\n\n', ' ', '\n']
  const text = Array.from({ length: 60 }, (_, i) => sentences[i % sentences.length] + separators[i % separators.length]).join('')

  it('gives the words and sentences of the whole text when it cuts at sentence ends', () => {
    const whole = readWords(parseText(text, Infinity), text)
    for (const max of [150, 200, 300, 500, 700]) expect(readWords(parseText(text, max), text)).toEqual(whole)
  })

  it('gives the same tree, positions and all, when every cut is at a line break', () => {
    const lines = Array.from({ length: 40 }, (_, i) => sentences[i % 3]).join('\n')
    expect(parseText(lines, 100)).toEqual(parseText(lines, Infinity))
  })

  it('places the words of later pieces by line, column and offset in the whole text', () => {
    const tree = parseText('Một hai.\nBa bốn. Năm sáu.', 12)
    const { words, sentenceStarts } = readWords(tree, 'Một hai.\nBa bốn. Năm sáu.')
    expect(words.map((w) => [w.text, w.start])).toEqual([['Một', 0], ['hai', 4], ['Ba', 9], ['bốn', 12], ['Năm', 17], ['sáu', 21]])
    expect(sentenceStarts).toEqual([0, 9, 17])
    const sentences = tree.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children : []))
    const nam = sentences.flatMap((s) => (s.type === 'SentenceNode' ? s.children : [])).find((n) => n.position?.start.offset === 17)
    expect(nam?.position).toEqual({ start: { line: 2, column: 9, offset: 17 }, end: { line: 2, column: 12, offset: 20 } })
  })
})
