// parse: the natural-language syntax tree (paragraphs, sentences, words) of the cleaned text, by
// retext-latin, one article at a time (one multi-megabyte string parses ~10x slower per byte).
// Reads `file.data.text`; returns the tree, which the next stages receive.
import retextLatin from 'retext-latin'
import { unified, type Plugin } from 'unified'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'

const latin = unified().use(retextLatin).freeze()

export const parse: Plugin<[], Root, Root> = function () {
  return (_tree, file: VFile): Root => latin.parse(file.data.text!)
}
