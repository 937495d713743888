// Chooses the element holding the article body. Among <article>, <main>, [itemprop=articleBody],
// [role=main] and elements whose class or id says content (`detail`, `fck_detail`, `entry-content`, …) it
// takes the one with the most text outside links, then steps into the innermost container that still holds
// most of that text, which leaves a wrapper's date lines and widgets out. The <body> when none will do.

import type { Element } from 'hast'
import { textInside, type TreeIndex } from './index-tree.js'
import { matchClass } from './match-class.js'
import { CONTENT_CLASS, CONTENT_TAGS, INNER_CONTAINER_SHARE, MIN_CONTAINER_SHARE } from './patterns.js'
import { readItemProps } from './read-item-props.js'

/** Position in `index` of the main content element. */
export function findMainContent(index: TreeIndex): number {
  const found = index.elements.findIndex((element) => element.tagName === 'body')
  const body = found === -1 ? 0 : found
  const text = (i: number): number => textInside(index, i)
  const candidates: number[] = []
  for (let i = body + 1; i < index.end[body]; i++) if (isContainer(index.elements[i])) candidates.push(i)
  if (candidates.length === 0) return body

  let best = candidates.reduce((a, b) => (text(b) > text(a) ? b : a))
  for (;;) {
    let inner = -1
    for (const c of candidates) {
      if (c > best && c < index.end[best] && (inner === -1 || text(c) > text(inner))) inner = c
    }
    if (inner === -1 || text(inner) < INNER_CONTAINER_SHARE * text(best)) break
    best = inner
  }
  return text(best) >= MIN_CONTAINER_SHARE * text(body) ? best : body
}

function isContainer(element: Element): boolean {
  return (
    CONTENT_TAGS.has(element.tagName) ||
    element.properties.role === 'main' ||
    readItemProps(element).includes('articleBody') ||
    matchClass(element, CONTENT_CLASS)
  )
}
