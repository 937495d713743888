// A flat pre-order view of the element tree. Subtree questions ("how much text is inside", "is there a
// block inside") then take constant time, instead of one walk per question, which is quadratic when
// containers nest deeply.

import type { Element, Root } from 'hast'

export interface TreeIndex {
  /** Elements in document (pre-)order. */
  elements: Element[]
  /** Position of each element's parent element, -1 at the top. */
  parent: Int32Array
  /** The subtree of element i is elements[i] up to, not including, elements[end[i]]. */
  end: Int32Array
  position: Map<Element, number>
  /** Characters of text outside links, in the elements before position i. */
  textBefore: Float64Array
}

export function indexTree(root: Root): TreeIndex {
  const elements: Element[] = []
  const parents: number[] = []
  const ownText: number[] = []
  const stack: Array<{ element: Element; parent: number; inLink: boolean }> = []
  const pushChildren = (node: Root | Element, parent: number, inLink: boolean): void => {
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k]
      if (child.type === 'element') stack.push({ element: child, parent, inLink: inLink || child.tagName === 'a' })
    }
  }
  pushChildren(root, -1, false)
  while (stack.length > 0) {
    const { element, parent, inLink } = stack.pop()!
    const i = elements.length
    elements.push(element)
    parents.push(parent)
    let text = 0
    if (!inLink) for (const child of element.children) if (child.type === 'text') text += child.value.trim().length
    ownText.push(text)
    pushChildren(element, i, inLink)
  }

  const n = elements.length
  const parent = Int32Array.from(parents)
  const size = new Int32Array(n).fill(1)
  for (let i = n - 1; i >= 0; i--) if (parent[i] >= 0) size[parent[i]] += size[i]
  const end = new Int32Array(n)
  for (let i = 0; i < n; i++) end[i] = i + size[i]
  const textBefore = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) textBefore[i + 1] = textBefore[i] + ownText[i]
  return { elements, parent, end, position: new Map(elements.map((element, i) => [element, i])), textBefore }
}

/** Characters of text outside links in the subtree of element i. */
export function textInside(index: TreeIndex, i: number): number {
  return index.textBefore[index.end[i]] - index.textBefore[i]
}

/** For each position, the first position at or after it whose element passes `test` (the length if none). */
export function indexNext(index: TreeIndex, test: (element: Element) => boolean): Int32Array {
  const n = index.elements.length
  const next = new Int32Array(n + 1)
  next[n] = n
  for (let i = n - 1; i >= 0; i--) next[i] = test(index.elements[i]) ? i : next[i + 1]
  return next
}

/** Whether a strict descendant of element i is marked in `next` (from indexNext). */
export function hasInside(index: TreeIndex, next: Int32Array, i: number): boolean {
  return next[i + 1] < index.end[i]
}
