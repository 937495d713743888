// The smallest element around the main content that also holds the article's <h1>, or, for a page
// without one, a lead before the content. Pages often set the title and sapo beside the body container
// rather than in it; they belong to the article all the same.

import type { Element } from 'hast'
import { indexNext, type TreeIndex } from './index-tree.js'

const PAGE = new Set(['body', 'html'])

/** Position in `index` of the article scope: `container` itself or one of its ancestors below <body>. */
export function findArticleScope(
  index: TreeIndex,
  container: number,
  isTitle: (element: Element) => boolean,
  isLead: (element: Element) => boolean,
): number {
  const { elements, parent, end } = index
  const titles = indexNext(index, isTitle)
  if (titles[container] < end[container]) return container
  const leads = indexNext(index, isLead)
  // The first lead in [from, container) that is not an ancestor of the container, or -1.
  const leadBefore = (from: number): number => {
    for (let j = leads[from]; j < container; j = leads[j + 1]) if (end[j] <= container) return j
    return -1
  }
  const hasLead = leads[container] < end[container]
  let leadScope = -1
  for (let a = parent[container]; a >= 0 && !PAGE.has(elements[a].tagName); a = parent[a]) {
    if (titles[a] < end[a]) return a
    if (leadScope === -1 && !hasLead && leadBefore(a) !== -1) leadScope = a
  }
  return leadScope === -1 ? container : leadScope
}
