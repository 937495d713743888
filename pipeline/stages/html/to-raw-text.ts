// The text content of an element whose children are text only (<title>, <script>), as written.

import type { Element } from 'hast'

export function toRawText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
}
