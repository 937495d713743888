// Whether an element's class names or id match a pattern of names, words or fragments (see patterns.ts).

import type { Element } from 'hast'
import type { ClassPattern } from './patterns.js'

interface ClassKeys {
  names: string[]
  words: string[]
  joined: string
}

// Elements are matched against several patterns and pages repeat the same few class names: split each
// distinct class-and-id value once. Emptied when full, so that it cannot grow without bound.
const cache = new Map<string, ClassKeys>()
const CACHE_SIZE = 10_000
const NO_KEYS: ClassKeys = { names: [], words: [], joined: '' }

export function matchClass(element: Element, pattern: ClassPattern): boolean {
  const keys = readKeys(element)
  if (keys.joined === '') return false
  return (
    (pattern.names?.some((name) => keys.names.includes(name)) ?? false) ||
    (pattern.words?.some((word) => keys.words.includes(word)) ?? false) ||
    (pattern.fragments?.some((fragment) => keys.joined.includes(fragment)) ?? false)
  )
}

function readKeys(element: Element): ClassKeys {
  const { className, id } = element.properties
  const values = [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])]
  if (values.length === 0) return NO_KEYS
  const key = values.join(' ')
  let keys = cache.get(key)
  if (keys) return keys
  keys = {
    names: values.map((value) => value.toLowerCase()),
    words: values
      .flatMap((value) => value.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^\p{L}\p{N}]+/u))
      .filter((word) => word !== '')
      .map((word) => word.toLowerCase()),
    joined: values.map((value) => value.toLowerCase().replace(/[-_]/g, '')).join(' '),
  }
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(key, keys)
  return keys
}
