/**
 * `s` in a string of its own. A piece cut from an article (a word, a name) may be kept by V8 as a view
 * into the whole article's text, and a cache keyed by such pieces would keep every article they came
 * from alive: measured, a 100,000-article run's memory kept growing. Concatenation and slicing make V8
 * copy the characters.
 */
export const ownCopy = (s: string): string => ` ${s}`.slice(1)
