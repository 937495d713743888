// The microdata property names (`itemprop`) of an element.

import type { Element } from 'hast'

export function readItemProps(element: Element): string[] {
  const { itemProp } = element.properties
  return Array.isArray(itemProp) ? itemProp.map(String) : []
}
