// Whether an element's class names or id match a pattern of names, words or fragments (see patterns.ts).

import type { Element } from 'hast'
import { memoize } from '../../text/memo.js'
import type { ClassPattern } from './patterns.js'

interface ClassKeys {
  names: string[]
  words: string[]
  joined: string
}

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
  return values.length === 0 ? NO_KEYS : keysOf(values.join('\0'))
}

// Elements are matched against several patterns and pages repeat the same few class names: each
// distinct class-and-id value is split once (the values joined by NUL, which no parsed attribute holds).
const keysOf = memoize((joinedValues: string): ClassKeys => {
  const values = joinedValues.split('\0')
  return {
    names: values.map((value) => value.toLowerCase()),
    words: values
      .flatMap((value) => value.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^\p{L}\p{N}]+/u))
      .filter((word) => word !== '')
      .map((word) => word.toLowerCase()),
    joined: values.map((value) => value.toLowerCase().replace(/[-_]/g, '')).join(' '),
  }
}, 10_000)
