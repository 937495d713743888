// Two readings that need the whole article. When the page marks no lead, a long first paragraph all in
// bold is the lead (many CMSs set the sapo that way); when it marks no byline, a short last paragraph,
// right-aligned or bold, that is only names is the byline.

import type { Element } from 'hast'
import type { BlockEntry } from './collect-blocks.js'
import { isTextWithin } from './is-text-within.js'
import { MAX_BYLINE, MIN_BOLD_LEAD } from './patterns.js'
import { readNames } from './read-names.js'

const BOLD_TAGS = new Set(['b', 'strong'])
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i
const RIGHT_STYLE = /text-align\s*:\s*right/i

/** Changes the kind of the first or last paragraph in place when it is a lead or byline. */
export function markLeadAndByline(entries: BlockEntry[]): void {
  if (!entries.some((entry) => entry.block.kind === 'lead')) {
    const first = entries.find((entry) => entry.block.kind !== 'title' && entry.block.kind !== 'caption')
    if (
      first?.block.kind === 'paragraph' &&
      first.block.text.length >= MIN_BOLD_LEAD &&
      isTextWithin(first.source, isBold)
    ) {
      first.block.kind = 'lead'
    }
  }
  if (!entries.some((entry) => entry.block.kind === 'byline')) {
    const last = entries.at(-1)
    if (
      last?.block.kind === 'paragraph' &&
      last.block.text.length <= MAX_BYLINE &&
      (isRightAligned(last.source) || isTextWithin(last.source, isBold)) &&
      readNames(last.block.text) !== null
    ) {
      last.block.kind = 'byline'
    }
  }
}

function isBold(element: Element): boolean {
  const { style } = element.properties
  return BOLD_TAGS.has(element.tagName) || (typeof style === 'string' && BOLD_STYLE.test(style))
}

function isRightAligned(element: Element): boolean {
  const { style, align } = element.properties
  return align === 'right' || (typeof style === 'string' && RIGHT_STYLE.test(style))
}
