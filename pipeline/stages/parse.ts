// parse: the natural-language syntax tree (paragraphs, sentences, words) of the cleaned text, by
// retext-latin, in pieces of at most MAX_PIECE characters cut where the words and sentences stay the
// same (see next-cut.ts): retext-latin's time grows with the square of what it is given at once.
// It returns the tree, which the next stages receive (no file.data key).
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import type { Root } from 'nlcst'
import type { Node, Point } from 'unist'
import type { VFile } from 'vfile'
import { nextCut } from '../text/next-cut.js'
import { checkBudget } from './budget.js'
import { defineStage, type Stage, type StageOptions } from './data.js'

const latin = unified().use(retextLatin).freeze()

/** Longer than any article of the evaluation corpus (9,000), short enough to parse in linear time. */
export const MAX_PIECE = 10_000

export interface ParseOptions extends StageOptions {
  /** The longest piece of text parse-latin is given at once. */
  maxPiece: number
}

export const parse: Stage<ParseOptions> = function ({ maxPiece }) {
  return (_tree, file: VFile): Root => parseText(file.data.text!, maxPiece, () => checkBudget(file, 'parse'))
}

/** The tree of `text`, parsed `max` characters or fewer at a time; `afterPiece` is called after each. */
export function parseText(text: string, max: number, afterPiece: () => void = () => {}): Root {
  if (text.length <= max) {
    const tree = latin.parse(text)
    afterPiece()
    return tree
  }
  const root: Root = { type: 'RootNode', children: [] }
  const at: Point = { line: 1, column: 1, offset: 0 }
  for (let from = 0; from < text.length; ) {
    const to = nextCut(text, from, max)
    const piece = text.slice(from, to)
    for (const child of latin.parse(piece).children) root.children.push(shift(child, at))
    advance(at, piece)
    from = to
    afterPiece()
  }
  const first = root.children[0]
  const last = root.children[root.children.length - 1]
  if (first?.position && last?.position) root.position = { start: first.position.start, end: last.position.end }
  return root
}

/** `node` with its positions moved from the start of its piece to `at`. Points are shared between
 * nodes (a word and its text), so they are replaced, never changed in place. */
function shift<T extends Node>(node: T, at: Point): T {
  if (node.position) node.position = { start: shiftPoint(node.position.start, at), end: shiftPoint(node.position.end, at) }
  if ('children' in node) for (const child of node.children as Node[]) shift(child, at)
  return node
}

const shiftPoint = (p: Point, at: Point): Point => ({
  line: p.line + at.line - 1,
  column: p.line === 1 ? p.column + at.column - 1 : p.column,
  offset: p.offset! + at.offset!,
})

/** Moves `at` past `piece` (lines counted as parse-latin counts them; the text has LF line ends). */
function advance(at: Point, piece: string): void {
  const lastBreak = piece.lastIndexOf('\n')
  if (lastBreak === -1) at.column += piece.length
  else {
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) at.line++
    at.column = piece.length - lastBreak
  }
  at.offset! += piece.length
}

export const parseStage = defineStage({ name: 'parse', reads: ['text'], writes: [], options: { maxPiece: MAX_PIECE }, plugin: parse })
