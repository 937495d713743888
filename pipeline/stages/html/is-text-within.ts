// Whether all the text of an element lies inside elements that pass a test (the element itself included):
// a paragraph all in bold, a line that is only a date.

import type { Element } from 'hast'

export function isTextWithin(element: Element, test: (element: Element) => boolean): boolean {
  const stack: Array<{ node: Element; within: boolean }> = [{ node: element, within: test(element) }]
  while (stack.length > 0) {
    const { node, within } = stack.pop()!
    for (const child of node.children) {
      if (child.type === 'text' && !within && child.value.trim() !== '') return false
      if (child.type === 'element') stack.push({ node: child, within: within || test(child) })
    }
  }
  return true
}
