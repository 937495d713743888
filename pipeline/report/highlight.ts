// An article's text as HTML: one block per section, each mention a focusable <mark> carrying its tooltip.
//
// Nesting rule: mentions open in the order of the text, the longer first where two start together, so
// an outer mention holds the ones inside it (a province inside an organization's name). A mention that
// crosses the end of an enclosing one, or of its section, is cut there and goes on in a new <mark> of
// class `part`; only its first piece is focusable and holds the tooltip, and every piece points to it
// with aria-describedby. Sections are the outermost layer. Text is never moved, dropped or added: the
// page's text outside the tooltips is the record's text, character for character.
import type { Section } from '../schema-types.js'
import type { EntityType } from './entity-types.js'
import { escapeHtml } from './escape-html.js'
import { bisect } from '../text/bisect.js'

export interface Highlight {
  start: number
  end: number
  type: EntityType
  /** The tooltip's content, as HTML. */
  tip: string
}

interface Block {
  start: number
  end: number
  /** The section's kind; none for text outside every section. */
  kind?: Section['kind']
  /** Whitespace outside every section (most often the blank lines between paragraphs): kept as it is. */
  blank?: boolean
}

interface Piece {
  /** The highlight's index in the caller's list, which names its mark (`m<i>`) and tooltip (`t<i>`). */
  index: number
  start: number
  end: number
}

/** The text as contiguous blocks: its sections (in the order of the text; overlaps are cut off), and
 * between them, blank text and any other text apart. */
function blocksOf(text: string, sections: Section[]): Block[] {
  const blocks: Block[] = []
  const gap = (start: number, end: number): void => {
    const raw = text.slice(start, end)
    const coreStart = start + raw.length - raw.trimStart().length
    const coreEnd = Math.max(coreStart, end - (raw.length - raw.trimEnd().length))
    if (start < coreStart) blocks.push({ start, end: coreStart, blank: true })
    if (coreStart < coreEnd) blocks.push({ start: coreStart, end: coreEnd })
    if (coreEnd < end) blocks.push({ start: coreEnd, end, blank: true })
  }
  let at = 0
  for (const s of [...sections].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = Math.max(s.start, at)
    const end = Math.min(s.end, text.length)
    if (start >= end) continue
    gap(at, start)
    blocks.push({ start, end, kind: s.kind })
    at = end
  }
  gap(at, text.length)
  return blocks
}

/** The pieces of each block: every highlight cut to the blocks it overlaps; empty pieces are dropped, so
 * offsets outside the text cannot break it. */
function piecesByBlock(blocks: Block[], highlights: Highlight[]): Piece[][] {
  const pieces: Piece[][] = blocks.map(() => [])
  highlights.forEach((h, index) => {
    const lo = bisect(blocks.length, (i) => blocks[i]!.end <= h.start)
    for (let b = lo; b < blocks.length && blocks[b]!.start < h.end; b++) {
      const start = Math.max(h.start, blocks[b]!.start)
      const end = Math.min(h.end, blocks[b]!.end)
      if (start < end) pieces[b]!.push({ index, start, end })
    }
  })
  for (const list of pieces) list.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index)
  return pieces
}

/** `text` with its sections and highlights as HTML. */
export function highlight(text: string, sections: Section[], highlights: Highlight[]): string {
  const blocks = blocksOf(text, sections)
  const pieces = piecesByBlock(blocks, highlights)
  const out: string[] = []
  blocks.forEach((block, b) => {
    if (block.blank) out.push(escapeHtml(text.slice(block.start, block.end)))
    else out.push(`<p class="s"${block.kind ? ` data-kind="${escapeHtml(block.kind)}"` : ''}>${renderBlock(text, block, pieces[b]!, highlights)}</p>`)
  })
  return out.join('')
}

interface Open extends Piece {
  /** Whether this is the highlight's first piece, which is focusable and holds the tooltip. */
  first: boolean
}

function renderBlock(text: string, block: Block, pieces: Piece[], highlights: Highlight[]): string {
  const out: string[] = []
  const stack: Open[] = []
  let at = block.start
  const textTo = (to: number): void => {
    if (to > at) out.push(escapeHtml(text.slice(at, to)))
    at = to
  }
  const open = (piece: Piece, first: boolean): void => {
    const type = escapeHtml(highlights[piece.index]!.type)
    const i = piece.index
    out.push(first ? `<mark id="m${i}" class="e t-${type}" data-type="${type}" tabindex="0" aria-describedby="t${i}">` : `<mark class="e t-${type} part" data-type="${type}" aria-describedby="t${i}">`)
    stack.push({ ...piece, first })
  }
  const close = (o: Open): void => {
    out.push(o.first ? `<span class="tip" role="tooltip" id="t${o.index}">${highlights[o.index]!.tip}</span></mark>` : '</mark>')
  }
  let next = 0
  for (;;) {
    const start = next < pieces.length ? pieces[next]!.start : Infinity
    const end = stack.reduce((min, o) => Math.min(min, o.end), Infinity)
    if (start === Infinity && end === Infinity) break
    if (end <= start) {
      textTo(end)
      // Everything above the lowest mark that ends here closes with it; what goes on is reopened as parts.
      const closed = stack.splice(stack.findIndex((o) => o.end === end))
      for (const o of [...closed].reverse()) close(o)
      for (const o of closed) if (o.end > end) open(o, false)
    } else {
      textTo(start)
      const piece = pieces[next++]!
      open(piece, piece.start === highlights[piece.index]!.start)
    }
  }
  textTo(block.end)
  return out.join('')
}
