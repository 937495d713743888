// The words of an article in reading order, with offsets and sentence numbers, flattened from the
// nlcst tree once so that recognizers can scan them without walking the tree again.
import type { Root } from 'nlcst'

export interface Token {
  /** The word or punctuation as written. */
  text: string
  start: number
  end: number
  kind: 'word' | 'punctuation' | 'symbol' | 'space'
  /** Index of the sentence in the article. */
  sentence: number
  /** True for white space that holds a line break. */
  newline: boolean
}

export function tokenize(tree: Root, text: string): Token[] {
  const tokens: Token[] = []
  let sentence = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const s of paragraph.children) {
      if (s.type !== 'SentenceNode') continue
      for (const node of s.children) {
        const start = node.position!.start.offset!
        const end = node.position!.end.offset!
        const kind = node.type === 'WordNode' ? 'word' : node.type === 'PunctuationNode' ? 'punctuation' : node.type === 'SymbolNode' ? 'symbol' : 'space'
        const value = text.slice(start, end)
        tokens.push({ text: value, start, end, kind, sentence, newline: kind === 'space' && value.includes('\n') })
      }
      sentence++
    }
  }
  return tokens
}
