import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'

describe('many mentions', () => {
  // More candidates from one recognizer than a function call takes arguments (some 125,000).
  it('reads an article that names one place 150,000 times', () => {
    const record = extractArticle('Huế, '.repeat(150_000))
    expect(record.entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['LOCATION', 'Huế', 150_000]])
  })
})
