import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { limitNesting } from '../../pipeline/stages/html/limit-nesting.js'

const divs = (n: number): string => '<div>'.repeat(n)

describe('limitNesting', () => {
  it('returns ordinary pages as they are', () => {
    for (const name of ['provincial-article.html', 'meta-fck-detail.html', 'minimal.html']) {
      const html = readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8')
      expect(limitNesting(html)).toBe(html)
    }
  })

  it('keeps 256 levels and drops deeper start tags with their end tags', () => {
    expect(limitNesting(divs(300) + 'x' + '</div>'.repeat(300))).toBe(divs(256) + 'x' + '</div>'.repeat(256))
  })

  it('does not count elements the parser closes by itself', () => {
    const unclosed = [
      '<p>đoạn'.repeat(1000),
      '<ul>' + '<li>mục'.repeat(1000),
      '<dl>' + '<dt>a<dd>b'.repeat(1000),
      '<table>' + '<tr><td>a<td>b'.repeat(1000),
      '<h2>a<h3>b'.repeat(1000),
    ]
    for (const html of unclosed) expect(limitNesting(html)).toBe(html)
  })

  it('keeps at most 8 formatting elements open', () => {
    expect(limitNesting('<b>'.repeat(20) + 'x')).toBe('<b>'.repeat(8) + 'x')
    expect(limitNesting('<b>x</b>'.repeat(1000))).toBe('<b>x</b>'.repeat(1000))
  })

  it('does not read tags in raw text, comments or quoted attribute values', () => {
    const kept = [
      '<script>' + divs(1000) + '</script>',
      '<textarea>' + divs(1000) + '</TEXTAREA>',
      '<!--' + divs(1000) + '-->',
      '<div title="a>b"></div>'.repeat(1000),
    ]
    for (const html of kept) expect(limitNesting(html)).toBe(html)
  })

  it('reads comments and attributes as the tokenizer does', () => {
    // `<!-->` is a whole comment. A quote after a bare `=` is part of an attribute name, not the start of a
    // value, so the first `<div>` is an attribute of the <p> and the rest are tags.
    expect(limitNesting('<!-->' + divs(300) + '-->')).toBe('<!-->' + divs(256) + '-->')
    expect(limitNesting('<p =" ' + divs(300) + '">')).toBe('<p =" <div>' + divs(256) + '">')
  })
})
