// Every article is read in time linear in its length, whatever its text (the quadratic patterns these
// shapes caught in retext-latin took 20 to 60 times as long at 4n). The shapes are timed above the young
// generation of V8's heap: where an article's nodes first outgrow it, between 30,000 and 120,000
// characters, the collector's copying makes one step of about 2.5 times, a constant and not a growth.
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'
import { TextBuilder } from '../../pipeline/stages/clean.js'
import { parseText, MAX_PIECE } from '../../pipeline/stages/parse.js'
import { readLayout } from '../../pipeline/stages/sections.js'
import { growth, MAX_RATIO, repeat } from '../growth.js'

/** Lower-case words without a mark of punctuation. */
const unpunctuated = (n: number): string => {
  const words = 'người dân ở khu vực này cho biết họ đã chờ đợi rất lâu nhưng vẫn chưa thấy ai đến giải quyết'.split(' ')
  const out: string[] = []
  for (let i = 0, length = 0; length < n; i++) {
    const word = words[(i * 7) % words.length]!
    out.push(word)
    length += word.length + 1
  }
  return out.join(' ').slice(0, n)
}

// Other test files share the two cores: a measure they disturb is taken again, while a quadratic pattern
// fails every time.
describe('linear time', { retry: 2 }, () => {
  const shapes: Array<[string, (n: number) => string]> = [
    ['a run of capitalized names with no punctuation', repeat('Nguyễn Văn An Bình ')],
    ['a run of capitalized organization words', repeat('Ủy Ban Nhân Dân ')],
    ['"số 1/" fragments', repeat('số 1/ ')],
    ['"số 1/2022/" fragments', repeat('số 1/2022/ ')],
    ['"ngày 1/" fragments', repeat('ngày 1/ ')],
    ['"tháng" over and over', repeat('tháng ')],
    ['"Ông" titles in a row', repeat('Ông ')],
    ['"Bà" titles in a row', repeat('Bà ')],
    ['"đồng chí" titles in a row', repeat('đồng chí ')],
    ['initials ("A. A. A.")', repeat('A. ')],
    ['slashes between digits', repeat('1/')],
    ['a run of hyphens', repeat('-')],
    ['a run of en dashes', repeat('–')],
    ['hyphens between spaces', repeat('- ')],
    ['a run of opening parentheses', repeat('(')],
    ['opening parentheses between spaces', repeat('( ')],
  ]

  it.each(shapes)('reads %s', async (_, make) => {
    expect(await growth(extractArticle, make, 120_000, { small: 3, large: 2 })).toBeLessThan(MAX_RATIO)
  })

  // Each mark is a warning with its place in the source, which takes its time: fewer of them.
  it('reads combining marks with no letter to carry them', async () => {
    expect(await growth(extractArticle, repeat(' \u0301'), 10_000)).toBeLessThan(MAX_RATIO)
  })

  it('reads 1 MB of text without punctuation', async () => {
    const charactersInMB = Math.round((1_000_000 / Buffer.byteLength(unpunctuated(100_000))) * 100_000)
    expect(await growth(extractArticle, unpunctuated, charactersInMB / 4, { small: 3, large: 1 })).toBeLessThan(MAX_RATIO)
  })

  // The size limits refuse longer articles before they are parsed, so a single line many times the limit
  // is read here through the stages that would take it: clean, sections and parse (50 MB: 1 s in clean,
  // 74 s in parse, the whole pipeline 144 s).
  it('reads a single line of 1.5 million characters through clean, sections and parse', async () => {
    const read = (raw: string): void => {
      const builder = new TextBuilder()
      builder.append(raw, 0, { entities: true })
      readLayout(builder.text, 0, builder.text.length, { first: true })
      parseText(builder.text, MAX_PIECE)
    }
    expect(await growth(read, unpunctuated, 375_000, { small: 3, large: 1 })).toBeLessThan(MAX_RATIO)
  })
})
