// Removes what is never article text: scripts and widgets, page chrome, hidden elements, and share,
// related-news, comment, tag, breadcrumb and advertisement blocks. Walks with an explicit stack, so any depth.

import type { Element, Root, RootContent } from 'hast'
import { matchClass } from './match-class.js'
import { readItemProps } from './read-item-props.js'
import {
  BOILERPLATE_CLASS,
  CHROME_CLASS,
  CHROME_TAGS,
  DROP_ROLES,
  DROP_TAGS,
  HIDDEN_CLASS,
  HIDDEN_STYLE,
  SECTIONING_TAGS,
} from './patterns.js'

// Class names such as `has-comments` on these must not take the whole page or article with them.
const NEVER_BY_CLASS = new Set(['html', 'body', 'main', 'article'])

export function pruneBoilerplate(root: Root): void {
  const stack: Array<{ parent: Root | Element; sectioned: boolean }> = [{ parent: root, sectioned: false }]
  while (stack.length > 0) {
    const { parent, sectioned } = stack.pop()!
    const keep = (child: RootContent): boolean =>
      child.type !== 'comment' && !(child.type === 'element' && isBoilerplate(child, sectioned))
    if (parent.type === 'root') parent.children = parent.children.filter(keep)
    else parent.children = parent.children.filter(keep)
    for (const child of parent.children) {
      if (child.type === 'element') {
        stack.push({ parent: child, sectioned: sectioned || SECTIONING_TAGS.has(child.tagName) })
      }
    }
  }
}

function isBoilerplate(element: Element, sectioned: boolean): boolean {
  const { tagName, properties } = element
  if (DROP_TAGS.has(tagName)) return true
  if (isHidden(element)) return true
  if (typeof properties.role === 'string' && DROP_ROLES.has(properties.role)) return true
  if (NEVER_BY_CLASS.has(tagName) || readItemProps(element).includes('articleBody')) return false
  if (!sectioned && (CHROME_TAGS.has(tagName) || matchClass(element, CHROME_CLASS))) return true
  return matchClass(element, BOILERPLATE_CLASS)
}

function isHidden(element: Element): boolean {
  const { hidden, ariaHidden, style } = element.properties
  return (
    hidden === true ||
    ariaHidden === 'true' ||
    (typeof style === 'string' && HIDDEN_STYLE.test(style)) ||
    matchClass(element, HIDDEN_CLASS)
  )
}
