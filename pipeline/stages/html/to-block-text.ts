// The text of a block as a reader sees it: innerText, white space (line breaks from <br> included) collapsed.

import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'

export function toBlockText(element: Element): string {
  return toText(element).replace(/\s+/g, ' ').trim()
}
