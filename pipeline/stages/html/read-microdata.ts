// Publication dates and authors given as microdata (`itemprop`) on the kept page: <meta itemprop content>,
// <time itemprop datetime>, or an element's text.

import type { Element } from 'hast'
import type { TreeIndex } from './index-tree.js'
import { readItemProps } from './read-item-props.js'
import { toBlockText } from './to-block-text.js'

export interface Microdata {
  published: string[]
  authors: string[]
}

export function readMicrodata(index: TreeIndex): Microdata {
  const microdata: Microdata = { published: [], authors: [] }
  for (const element of index.elements) {
    const props = readItemProps(element)
    if (props.includes('datePublished')) microdata.published.push(readValue(element))
    if (props.includes('author')) microdata.authors.push(readValue(element))
  }
  return microdata
}

function readValue(element: Element): string {
  const { content, dateTime } = element.properties
  if (typeof dateTime === 'string') return dateTime
  return typeof content === 'string' ? content : toBlockText(element)
}
