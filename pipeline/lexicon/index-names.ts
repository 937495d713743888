// Maps every name and alias of a lexicon's entries to the entry. Two entries claiming one name is a
// mistake in the data, caught when the lexicon loads rather than left to whichever came first.
import { lexiconKey } from './lexicon-key.js'

export function indexNames<T>(lexicon: string, entries: Iterable<[names: readonly string[], value: T]>): Map<string, T> {
  const index = new Map<string, T>()
  for (const [names, value] of entries) {
    for (const name of names) {
      const key = lexiconKey(name)
      const other = index.get(key)
      if (other !== undefined && other !== value) throw new Error(`trich: ${lexicon}: "${name}" names two entries`)
      index.set(key, value)
    }
  }
  return index
}
