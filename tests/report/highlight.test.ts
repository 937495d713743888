// highlight: an article's text, sections and mentions as HTML, mentions nested without moving a character.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { highlight } from '../../pipeline/report/highlight.js'
import { extractWithRules } from '../helpers.js'

const mark = (i: number, type: string, text: string, tip: string): string =>
  `<mark id="m${i}" class="e t-${type}" data-type="${type}" tabindex="0" aria-describedby="t${i}">${text}<span class="tip" role="tooltip" id="t${i}">${tip}</span></mark>`

describe('highlight', () => {
  it('nests a mention inside the one that holds it, and escapes the text', () => {
    const text = 'UBND tỉnh Lâm Đồng: <b>"A & B"</b>'
    const html = highlight(text, [{ kind: 'title', start: 0, end: text.length }], [
      { start: 0, end: 18, type: 'ORGANIZATION', tip: 'T0' },
      { start: 5, end: 18, type: 'LOCATION', tip: 'T1' },
    ])
    expect(html).toBe(`<p class="s" data-kind="title">${mark(0, 'ORGANIZATION', `UBND ${mark(1, 'LOCATION', 'tỉnh Lâm Đồng', 'T1')}`, 'T0')}: &lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;</p>`)
  })

  it('opens the longer of two mentions that start together first, whatever their order', () => {
    const html = highlight('Quốc hội khóa XV', [], [
      { start: 0, end: 8, type: 'ORGANIZATION', tip: 'short' },
      { start: 0, end: 16, type: 'EVENT', tip: 'long' },
    ])
    expect(html).toBe(`<p class="s">${mark(1, 'EVENT', `${mark(0, 'ORGANIZATION', 'Quốc hội', 'short')} khóa XV`, 'long')}</p>`)
  })

  it('cuts a mention that crosses another, or its section, into parts that point to its one tooltip', () => {
    const html = highlight('abcdef\n\nghi', [{ kind: 'lead', start: 0, end: 6 }, { kind: 'paragraph', start: 8, end: 11 }], [
      { start: 0, end: 4, type: 'PERSON', tip: 'X' },
      { start: 2, end: 10, type: 'DATE', tip: 'Y' },
    ])
    const part = (text: string): string => `<mark class="e t-DATE part" data-type="DATE" aria-describedby="t1">${text}</mark>`
    expect(html).toBe(`<p class="s" data-kind="lead">${mark(0, 'PERSON', `ab${mark(1, 'DATE', 'cd', 'Y')}`, 'X')}${part('ef')}</p>\n\n<p class="s" data-kind="paragraph">${part('gh')}i</p>`)
  })

  it('keeps the blank lines between sections as they are and puts other text outside sections in a block', () => {
    const text = 'Tiêu đề\n\n x < y \n'
    expect(highlight(text, [{ kind: 'title', start: 0, end: 7 }], [])).toBe('<p class="s" data-kind="title">Tiêu đề</p>\n\n <p class="s">x &lt; y</p> \n')
  })

  it('leaves out what lies outside the text, and empty mentions', () => {
    const html = highlight('abc', [{ kind: 'paragraph', start: 0, end: 9 }], [
      { start: 1, end: 9, type: 'DATE', tip: 'T' },
      { start: 2, end: 2, type: 'PERSON', tip: 'none' },
    ])
    expect(html).toBe(`<p class="s" data-kind="paragraph">a${mark(0, 'DATE', 'bc', 'T')}</p>`)
  })

  it('gives back the seed article’s text character for character, with each of its 64 mentions marked once', () => {
    const path = '000_789aab3668f3f3db.txt'
    const record = extractWithRules(readFileSync(new URL(`../../input/sample/${path}`, import.meta.url)), { path })
    const mentions = record.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, tip: e.name })))
    const html = highlight(record.text, record.sections, mentions)
    const text = html
      .replace(/<span class="tip"[^>]*>.*?<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!)
    expect(text).toBe(record.text)
    expect(mentions).toHaveLength(64)
    expect(html.match(/tabindex="0"/g)).toHaveLength(64)
    expect(html).not.toContain(' part"')
  })
})
