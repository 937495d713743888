// clean: the text every offset will point into. NFC (composing decomposed tone marks), LF line ends,
// no invisible characters, single spaces, no spaces at line ends, odd hyphens made ASCII, HTML entities
// left in plain text decoded, and the crawler's ` date YYYY-MM` prefix removed (kept as data).
// Every change is recorded in an OffsetMap so positions can be reported in the source.
import { defineStage, type Stage } from './data.js'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { VFile } from 'vfile'
import { OffsetMap } from '../text/offset-map.js'
import { warn } from './warn.js'
import type { Section } from '../schema-types.js'

// One pass over the text; each alternative is a kind of change (see `replacement`).
// A single space between words is left alone without a callback: spaces are matched only as runs of two
// or more, as other white space, or at a line's start or end. Combining marks are matched alone and the
// letter they compose with is taken in `append`: a `\p{L}\p{M}+` alternative, tried at every letter of
// the text, made this pass more than twice as slow.
const CHANGES =
  /\r\n?|[\u200b-\u200d\u2060\ufeff\u00ad]|(?: |[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|(?<=^|\n) | (?=\r|\n|$)|\p{M}+|[\u2010\u2011\u2212]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu
const MARK = /^\p{M}/u
const LETTER = /^\p{L}$/u
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/
const SPACE = /^[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/
const CRAWLER_DATE = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+/

export interface CleanOptions {
  /** Decode `&amp;`-style entities (plain text only: HTML was decoded by its parser). */
  entities: boolean
}

export class TextBuilder {
  text = ''
  readonly offsets = new OffsetMap()
  /** Where combining marks stand with no letter to carry them (offsets into `text`). */
  readonly strayMarks: number[] = []

  /** Appends `raw`, cleaned, whose first character is at `sourceOffset` in the source. */
  append(raw: string, sourceOffset: number, options: CleanOptions): void {
    let last = 0
    for (const match of raw.matchAll(CHANGES)) {
      let at = match.index
      let found = match[0]
      if (MARK.test(found)) {
        // Marks compose with the letter before them, unless an earlier change took it.
        const letter = letterBefore(raw, at, last)
        if (letter > 0) {
          at -= letter
          found = raw.slice(at, match.index + found.length)
        } else this.strayMarks.push(this.text.length + (at - last))
      }
      const replaced = replacement(found, raw, at, this.text.length + (at - last), options)
      if (replaced === found) continue
      this.text += raw.slice(last, at)
      this.offsets.mark(this.text.length, sourceOffset + at)
      this.text += replaced
      last = at + found.length
      this.offsets.mark(this.text.length, sourceOffset + last)
    }
    this.text += raw.slice(last)
  }

  /** Appends text that has no source (separators between parts). */
  appendSeparator(separator: string, sourceOffset: number): void {
    this.offsets.mark(this.text.length, sourceOffset)
    this.text += separator
  }
}

/** The length (1, or 2 for a surrogate pair) of the letter just before `at` and not before `from`; 0 if none. */
function letterBefore(raw: string, at: number, from: number): number {
  const low = raw.charCodeAt(at - 1)
  const size = low >= 0xdc00 && low <= 0xdfff && at - 2 >= from ? 2 : 1
  return at - size >= from && LETTER.test(raw.slice(at - size, at)) ? size : 0
}

function replacement(found: string, raw: string, at: number, outLength: number, options: CleanOptions): string {
  const c = found.charCodeAt(0)
  if (c === 0x0d) return '\n'
  if (SPACE.test(found)) {
    const before = at === 0 ? '\n' : raw[at - 1]
    const after = raw[at + found.length] ?? '\n'
    if (before === '\n' || after === '\n' || after === '\r' || outLength === 0) return ''
    return ' '
  }
  if (c === 0x26) {
    if (!options.entities) return found
    const decoded = decodeEntity(found)
    // "&nbsp;" is a space like any other: one between words, none next to another space.
    if (SPACE.test(decoded)) return at > 0 && SPACE.test(raw[at - 1]!) ? '' : ' '
    return decoded
  }
  if (c === 0x2010 || c === 0x2011 || c === 0x2212) return '-'
  if (INVISIBLE.test(found)) return ''
  // A mark with no letter before it has nothing to compose with: it stays as it is.
  return found.normalize('NFC')
}

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1)
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity
  }
  const decoded = decodeNamedCharacterReference(body)
  return decoded === false ? entity : decoded
}

// One article's text: the longest news articles are some 50,000 characters. Past this, what follows
// (the word tree above all) would outgrow a worker's heap: the article is refused, with its length.
export const MAX_TEXT_CHARS = 1_000_000

export const clean: Stage = function () {
  return (_tree, file: VFile) => {
    const builder = new TextBuilder()
    const blocks = file.data.blocks
    const length = blocks ? blocks.reduce((n, b) => n + b.text.length, 0) : String(file.value).length
    if (length > MAX_TEXT_CHARS) {
      const count = (n: number) => n.toLocaleString('en')
      file.fail(`article too long: ${count(length)} characters (the limit is ${count(MAX_TEXT_CHARS)})`, { ruleId: 'too-long', source: 'clean' })
    }
    if (!blocks) {
      let raw = String(file.value)
      const crawler = CRAWLER_DATE.exec(raw)
      let offset = 0
      if (crawler) {
        file.data.crawlerDate = crawler[1]
        offset = crawler[0].length
        raw = raw.slice(offset)
      }
      builder.append(raw, offset, { entities: true })
      file.data.text = builder.text
    } else {
      // Source offsets refer to the parts joined by blank lines, the document the assemble stage saw.
      const spans: Section[] = []
      let sourceOffset = 0
      for (const block of blocks) {
        if (builder.text.length > 0) builder.appendSeparator('\n\n', sourceOffset)
        const start = builder.text.length
        builder.append(block.text.trim(), sourceOffset, { entities: false })
        sourceOffset += block.text.length + 2
        if (builder.text.length === start) continue
        spans.push({ kind: block.kind === 'body' ? 'paragraph' : block.kind, start, end: builder.text.length })
      }
      file.data.blockSpans = spans
      file.data.text = builder.text
    }
    file.data.offsets = builder.offsets
    for (const at of builder.strayMarks) {
      warn(file, 'combining mark with no letter before it to carry it', { stage: 'clean', rule: 'stray-mark', start: at, end: at + 1 })
    }
  }
}

export const cleanStage = defineStage({ name: 'clean', reads: ['blocks'], writes: ['text', 'offsets', 'crawlerDate', 'blockSpans'], plugin: clean })
