// Page-level metadata, read before boilerplate removal drops the scripts that carry JSON-LD: <meta> names
// and properties, the canonical link, the document <title> and the JSON-LD texts. Any depth.

import type { Element, Root } from 'hast'
import { toRawText } from './to-raw-text.js'

export interface HeadMetadata {
  /** Contents of <meta name> and <meta property>, by lower-cased name, in document order. */
  meta: Map<string, string[]>
  canonical: string | null
  documentTitle: string | null
  /** Texts of <script type="application/ld+json">. */
  jsonLd: string[]
}

export function readHead(root: Root): HeadMetadata {
  const head: HeadMetadata = { meta: new Map(), canonical: null, documentTitle: null, jsonLd: [] }
  const stack: Array<Root | Element> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k]
      // An <svg> has <title>s of its own.
      if (child.type === 'element' && child.tagName !== 'svg') stack.push(child)
    }
    if (node.type === 'element') readElement(node, head)
  }
  return head
}

function readElement(element: Element, head: HeadMetadata): void {
  const { tagName, properties } = element
  if (tagName === 'meta' && typeof properties.content === 'string') {
    for (const key of [properties.name, properties.property]) {
      if (typeof key !== 'string') continue
      const name = key.toLowerCase()
      const contents = head.meta.get(name)
      if (contents) contents.push(properties.content)
      else head.meta.set(name, [properties.content])
    }
  } else if (tagName === 'link' && Array.isArray(properties.rel) && properties.rel.includes('canonical')) {
    if (head.canonical === null && typeof properties.href === 'string') head.canonical = properties.href
  } else if (tagName === 'title' && head.documentTitle === null) {
    head.documentTitle = toRawText(element)
  } else if (tagName === 'script' && String(properties.type).toLowerCase() === 'application/ld+json') {
    head.jsonLd.push(toRawText(element))
  }
}
