// Multi-word lexicon entries ("Phó Bí thư Thường trực", "Ủy ban nhân dân") matched against a run of
// words in one step per word: a trie keyed by folded words, so lookups never scan a list.
import { foldKey } from '../text/fold.js'

interface Node<T> {
  next: Map<string, Node<T>>
  value?: T
}

export interface PhraseMatch<T> {
  /** Index just past the last word of the match. */
  end: number
  value: T
}

/** A word as the recognizers read it: its folded key and what separates it from the next. */
export interface SpacedWord {
  key: string
  gap: string
}

// Most words start no entry: they share one empty answer.
const NONE: never[] = []

export class PhraseTrie<T> {
  readonly #root: Node<T> = { next: new Map() }

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value)
  }

  add(phrase: string, value: T): void {
    let node = this.#root
    for (const word of foldKey(phrase).split(' ')) {
      let child = node.next.get(word)
      if (!child) node.next.set(word, (child = { next: new Map() }))
      node = child
    }
    node.value ??= value
  }

  /** The folded first words of the entries. */
  firstKeys(): IterableIterator<string> {
    return this.#root.next.keys()
  }

  /** True when some entry starts with the word whose folded key is `key`. */
  opens(key: string): boolean {
    return this.#root.next.has(key)
  }

  /**
   * The longest entry that starts at word `i` of words joined by single spaces: a phrase does not go
   * on across punctuation or a line break. The recognizers' hot path, without a key function to make.
   */
  longestSpaced(words: ReadonlyArray<SpacedWord>, i: number): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = this.#root
    let end = -1
    let value: T | undefined
    for (let j = i; node && j < words.length && (j === i || words[j - 1]!.gap === ' '); j++) {
      node = node.next.get(words[j]!.key)
      if (node?.value !== undefined) {
        end = j + 1
        value = node.value
      }
    }
    return end === -1 ? undefined : { end, value: value! }
  }

  /**
   * The longest entry that starts at word `i`. `keyAt(j)` gives the folded key of word j, or undefined
   * where the phrase cannot continue (punctuation, line break).
   */
  longest(keyAt: (j: number) => string | undefined, i: number): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = this.#root
    let end = -1
    let value: T | undefined
    for (let j = i; node; j++) {
      const key = keyAt(j)
      if (key === undefined) break
      node = node.next.get(key)
      if (node?.value !== undefined) {
        end = j + 1
        value = node.value
      }
    }
    return end === -1 ? undefined : { end, value: value! }
  }

  /** Every entry that starts at word `i` of words joined by single spaces, shortest first. */
  matchesSpaced(words: ReadonlyArray<SpacedWord>, i: number): PhraseMatch<T>[] {
    if (i >= words.length || !this.#root.next.has(words[i]!.key)) return NONE
    const found: PhraseMatch<T>[] = []
    let node: Node<T> | undefined = this.#root
    for (let j = i; node && j < words.length && (j === i || words[j - 1]!.gap === ' '); j++) {
      node = node.next.get(words[j]!.key)
      if (node?.value !== undefined) found.push({ end: j + 1, value: node.value })
    }
    return found
  }
}
