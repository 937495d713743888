// Every article is read in time linear in its length, whatever its text: each shape is timed at n and 4n
// characters, and 4n must take less than 8 times as long (a quadratic pattern takes 16 times; the ones
// these shapes caught in retext-latin took 20 to 60 times at these sizes). No threshold in milliseconds:
// a busy machine would fail it.
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'
import { TextBuilder } from '../../pipeline/stages/clean.js'
import { parseText, MAX_PIECE } from '../../pipeline/stages/parse.js'
import { readLayout } from '../../pipeline/stages/sections.js'

const MAX_RATIO = 8

/** `unit` repeated to `n` characters. */
const repeat = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)

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

function bestOf(runs: number, work: () => void): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    work()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

interface Measure {
  /** What is timed (default: the whole pipeline). */
  read?: (text: string) => unknown
  /** Runs of each size, the best of which counts. */
  small?: number
  large?: number
}

/** How much longer `read` takes on `make(4n)` than on `make(n)`: the least of up to three measures, since
 * the collector or another process can slow any one of them, while a quadratic pattern slows them all. */
function growth(make: (n: number) => string, n: number, { read = extractArticle, small = 5, large = 3 }: Measure = {}): number {
  const smallText = make(n)
  const largeText = make(4 * n)
  // Both first, for the code and the heap to settle.
  read(smallText)
  read(largeText)
  let least = Infinity
  for (let measure = 0; measure < 3 && least >= MAX_RATIO; measure++) {
    least = Math.min(least, bestOf(large, () => read(largeText)) / bestOf(small, () => read(smallText)))
  }
  return least
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

  it.each(shapes)('reads %s', (_, make) => {
    expect(growth(make, 30_000)).toBeLessThan(MAX_RATIO)
  })

  // Each mark is a warning with its place in the source, which takes its time: fewer of them.
  it('reads combining marks with no letter to carry them', () => {
    expect(growth(repeat(' \u0301'), 10_000)).toBeLessThan(MAX_RATIO)
  })

  it('reads 1 MB of text without punctuation', () => {
    const charactersInMB = Math.round((1_000_000 / Buffer.byteLength(unpunctuated(100_000))) * 100_000)
    expect(growth(unpunctuated, charactersInMB / 4, { small: 3, large: 1 })).toBeLessThan(MAX_RATIO)
  })

  // The size limits refuse longer articles before they are parsed, so a single line many times the limit
  // is read here through the stages that would take it: clean, sections and parse (50 MB: 1 s in clean,
  // 74 s in parse, the whole pipeline 144 s).
  it('reads a single line of 1.5 million characters through clean, sections and parse', () => {
    const read = (raw: string): void => {
      const builder = new TextBuilder()
      builder.append(raw, 0, { entities: true })
      readLayout(builder.text, 0, builder.text.length, { first: true })
      parseText(builder.text, MAX_PIECE)
    }
    expect(growth(unpunctuated, 375_000, { read, small: 3, large: 1 })).toBeLessThan(MAX_RATIO)
  })
})
