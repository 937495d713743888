// Caps how deep the parsed tree can get, before parsing. hast-util-from-parse5 recurses once per level and
// overflows the stack near 1,800 levels; parse5 re-opens every unclosed formatting element (<b>, <font>, …)
// in each new block, which is quadratic in their number. One linear scan models the parser's stack of open
// elements, conservatively (it only closes an element where the parser surely does), and drops start tags
// past the caps together with their end tags. Text is never dropped.

import {
  CLOSES_P,
  FORMATTING,
  HEADINGS,
  RAW_TEXT,
  SCOPE_BOUNDARY,
  SPECIAL,
  TABLE_PARTS,
  TABLE_SCOPE_BOUNDARY,
  VOID,
} from './html-elements.js'

/** Deepest modelled nesting kept; the parsed tree stays within about twice this (implied tbody, tr). */
const MAX_DEPTH = 256
/** Most formatting elements kept open at once. */
const MAX_FORMATTING = 8

// The parser creates these itself and never nests them.
const DOCUMENT_PARTS = new Set(['html', 'head', 'body'])
const LIST_SCOPE_BOUNDARY = new Set([...SCOPE_BOUNDARY, 'ol', 'ul'])
// A new <li> (<dd>, <dt>) closes the previous one through these, and through any non-special element.
const ITEM_PASS = new Set(['address', 'div', 'p'])
const DEFINITION_ITEMS = new Set(['dd', 'dt'])
const CELLS = new Set(['td', 'th'])

const rawTextEnds = new Map<string, RegExp>()

/** The HTML with start tags past the nesting caps (and their end tags) removed; `html` itself if none. */
export function limitNesting(html: string): string {
  const open: string[] = []
  // How many of each name are open, so that most searches of the stack end before they start.
  const openCount = new Map<string, number>()
  const dropped = new Map<string, number>()
  const formatting = new Map<string, number>()
  let formattingCount = 0
  let foreign = 0
  const kept: string[] = []
  let copiedTo = 0

  const isOpen = (name: string): boolean => (openCount.get(name) ?? 0) > 0
  const push = (name: string): void => {
    open.push(name)
    openCount.set(name, (openCount.get(name) ?? 0) + 1)
    if (name === 'svg' || name === 'math') foreign++
  }
  const pop = (): void => {
    const tag = open.pop()!
    openCount.set(tag, openCount.get(tag)! - 1)
    if (tag === 'svg' || tag === 'math') foreign--
  }
  const find = (name: string | Set<string>, stop: (tag: string) => boolean): number => {
    if (typeof name === 'string' ? !isOpen(name) : ![...name].some(isOpen)) return -1
    for (let k = open.length - 1; k >= 0; k--) {
      const tag = open[k]!
      if (typeof name === 'string' ? tag === name : name.has(tag)) return k
      if (stop(tag)) return -1
    }
    return -1
  }
  const closeFound = (k: number): void => {
    if (k >= 0) while (open.length > k) pop()
  }

  let i = html.indexOf('<')
  while (i !== -1 && i < html.length) {
    const tag = readTag(html, i)
    if (tag === null) break
    if (tag.name === null) {
      i = html.indexOf('<', tag.end)
      continue
    }
    const name = tag.name
    let drop = false
    let next = tag.end
    if (tag.closing) {
      const pending = dropped.get(name) ?? 0
      if (pending > 0) {
        dropped.set(name, pending - 1)
        drop = true
      } else if ((formatting.get(name) ?? 0) > 0) {
        // The adoption agency: a formatting end tag removes the element from the active list unless it is
        // open but out of scope, or a block opened inside it, which then stays open (with a copy of it).
        const k = isOpen(name) ? open.lastIndexOf(name) : -1
        const inScope = k === -1 || find(name, (t) => SCOPE_BOUNDARY.has(t)) === k
        if (inScope && !open.slice(k + 1).some((t) => SPECIAL.has(t))) {
          formatting.set(name, formatting.get(name)! - 1)
          formattingCount--
          closeFound(k)
        }
      } else if (TABLE_PARTS.has(name)) {
        closeFound(find(name, (t) => TABLE_SCOPE_BOUNDARY.has(t)))
      } else if (name === 'li') {
        closeFound(find(name, (t) => LIST_SCOPE_BOUNDARY.has(t)))
      } else if (SPECIAL.has(name)) {
        closeFound(find(name, (t) => SCOPE_BOUNDARY.has(t)))
      } else {
        closeFound(find(name, (t) => SPECIAL.has(t)))
      }
    } else if (name === 'plaintext' && foreign === 0) {
      break // the rest of the input is text
    } else if (RAW_TEXT.has(name) && foreign === 0) {
      next = skipRawText(html, name, next) // holds no elements, so it never nests
    } else if (!VOID.has(name) && !DOCUMENT_PARTS.has(name)) {
      if (foreign === 0) closeImplied(name)
      const isFormatting = FORMATTING.has(name)
      if (open.length >= MAX_DEPTH || (isFormatting && formattingCount >= MAX_FORMATTING)) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1)
        drop = true
      } else {
        push(name)
        if (isFormatting) {
          formatting.set(name, (formatting.get(name) ?? 0) + 1)
          formattingCount++
        }
      }
    }
    if (drop) {
      kept.push(html.slice(copiedTo, i))
      copiedTo = tag.end
    }
    i = html.indexOf('<', next)
  }
  if (copiedTo === 0) return html
  kept.push(html.slice(copiedTo))
  return kept.join('')

  // Start tags that close open elements, as far as the parser surely does.
  function closeImplied(name: string): void {
    if (name === 'li') closeFound(find(name, (t) => SPECIAL.has(t) && !ITEM_PASS.has(t)))
    if (DEFINITION_ITEMS.has(name)) closeFound(find(DEFINITION_ITEMS, (t) => SPECIAL.has(t) && !ITEM_PASS.has(t)))
    if (CLOSES_P.has(name)) closeFound(find('p', (t) => SCOPE_BOUNDARY.has(t)))
    if (HEADINGS.has(name) && HEADINGS.has(open[open.length - 1] ?? '')) pop()
    if (CELLS.has(name)) closeFound(find(CELLS, (t) => TABLE_SCOPE_BOUNDARY.has(t)))
    if (name === 'tr') closeFound(find('tr', (t) => TABLE_SCOPE_BOUNDARY.has(t)))
    if (name === 'option' && open[open.length - 1] === 'option') pop()
  }
}

interface Tag {
  /** Tag name in ASCII lower case, or null for a comment, doctype or other markup that opens nothing. */
  name: string | null
  closing: boolean
  /** Offset just after the tag. */
  end: number
}

// The tokenizer's white space; `\s` would also stop at a no-break space, where the parser does not.
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r'
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c)
const COMMENT_END = /--!?>/g

/**
 * The markup starting at `start` (a `<`), read as the HTML tokenizer reads it: `name: null` for text, a
 * comment or a doctype; null when the input ends inside it. Any mismatch with the parser would let tags
 * escape the model, so attribute values are quoted only right after `=`, as in the tokenizer.
 */
function readTag(html: string, start: number): Tag | null {
  const other = (end: number): Tag | null => (end === -1 ? null : { name: null, closing: false, end })
  if (html.startsWith('<!--', start)) {
    if (html.startsWith('<!-->', start)) return other(start + 5)
    if (html.startsWith('<!--->', start)) return other(start + 6)
    COMMENT_END.lastIndex = start + 4
    const close = COMMENT_END.exec(html)
    return other(close === null ? -1 : close.index + close[0].length)
  }
  const closing = html[start + 1] === '/'
  let i = start + (closing ? 2 : 1)
  if (!isAsciiLetter(html[i])) {
    // `<!doctype>`, `<?…>` and `</…>` not followed by a letter are bogus comments; a lone `<` is text.
    if (html[start + 1] === '!' || html[start + 1] === '?' || closing) {
      const close = html.indexOf('>', start + 1)
      return other(close === -1 ? -1 : close + 1)
    }
    return other(start + 1)
  }
  const nameStart = i
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++
  const name = html.slice(nameStart, i).replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
  let state: 'before' | 'name' | 'afterName' | 'beforeValue' | 'unquoted' = 'before'
  for (; i < html.length; i++) {
    const c = html[i]
    if (c === '>') return { name, closing, end: i + 1 }
    if (state === 'before') {
      if (!isSpace(c) && c !== '/') state = 'name'
    } else if (state === 'name' || state === 'afterName') {
      if (c === '=') state = 'beforeValue'
      else if (c === '/') state = 'before'
      else if (isSpace(c)) state = 'afterName'
      else state = 'name'
    } else if (state === 'beforeValue') {
      if (c === '"' || c === "'") {
        i = html.indexOf(c, i + 1)
        if (i === -1) return null
        state = 'before'
      } else if (!isSpace(c)) {
        state = 'unquoted'
      }
    } else if (isSpace(c)) {
      state = 'before'
    }
  }
  return null
}

/** Offset of the end tag that closes raw text opened by `name`, or the end of the input. */
function skipRawText(html: string, name: string, from: number): number {
  let end = rawTextEnds.get(name)
  if (end === undefined) {
    end = new RegExp(`</${name}[\\s/>]`, 'ig')
    rawTextEnds.set(name, end)
  }
  end.lastIndex = from
  return end.exec(html)?.index ?? html.length
}
