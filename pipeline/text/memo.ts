// One bounded cache for the functions of a word that the pipeline asks again and again (its folded key,
// whether it is a syllable, its shape): words repeat within and across articles, so each distinct text is
// computed once. Kept up to a bound, then forgotten all at once, so that memory does not grow with the
// drop; the texts kept are copies (see ownCopy), so that a word cut from an article does not keep the
// article alive.
import { ownCopy } from './own-copy.js'

/** `compute`, remembered for up to `max` distinct texts. */
export function memoize<T>(compute: (text: string) => T, max: number): (text: string) => T {
  const kept = new Map<string, T>()
  return (text) => {
    let value = kept.get(text)
    if (value === undefined) {
      value = compute(text)
      if (kept.size >= max) kept.clear()
      kept.set(ownCopy(text), value)
    }
    return value
  }
}

/** `build`'s value, built on the first call and kept: the lexicons' tables, which a process that never
 * asks for one never builds. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined
  let built = false
  return () => {
    if (!built) {
      value = build()
      built = true
    }
    return value as T
  }
}
