// Turns the article scope into blocks in reading order. Inside the main content: the title (first <h1>),
// lead, captions, bylines, headings and paragraphs, a paragraph being a <p>, a block holding only inline
// content, or the text between blocks (which a double <br> also ends). Outside the main content, and in
// date lines within it, only a title, a lead before the content, captions and bylines. Walks with an
// explicit stack, so any depth.

import type { Element, ElementContent } from 'hast'
import type { HtmlBlock } from './extract-html.js'
import { BLOCK, HEADINGS } from './html-elements.js'
import { hasInside, indexNext, textInside, type TreeIndex } from './index-tree.js'
import { isTextWithin } from './is-text-within.js'
import { matchClass } from './match-class.js'
import {
  BYLINE_CLASS,
  CAPTION_CLASS,
  DATELINE_CLASS,
  IMAGE_CLASS,
  LEAD_CLASS,
  MAX_LINK_SHARE,
  MAX_MEDIA_TEXT,
} from './patterns.js'
import { readItemProps } from './read-item-props.js'
import { toBlockText } from './to-block-text.js'

/** A block with the element it was read from (a made-up <p> for text between blocks). */
export interface BlockEntry {
  block: HtmlBlock
  source: Element
}

type Item = { element: Element; inside: boolean; media: boolean } | { run: ElementContent[]; media: boolean }

export function collectBlocks(
  index: TreeIndex,
  scope: number,
  container: number,
  isTitle: (element: Element) => boolean,
): BlockEntry[] {
  const { elements, position, end } = index
  const blocks = indexNext(index, (element) => BLOCK.has(element.tagName))
  const images = indexNext(index, (element) => element.tagName === 'img' || element.tagName === 'picture')
  const entries: BlockEntry[] = []
  let hasTitle = false
  let hasLead = false
  let hasParagraph = false
  let passedContainer = false

  const emit = (kind: HtmlBlock['kind'], source: Element): void => {
    const text = toBlockText(source)
    if (text === '') return
    if (kind === 'paragraph') {
      // A paragraph can be only a date, a byline or a caption by its inline elements (<span class="date">).
      if (isTextWithin(source, isDateline)) return
      if (isTextWithin(source, isByline)) kind = 'byline'
      else if (isTextWithin(source, isCaption)) kind = 'caption'
      else if (countLinkText(source) >= MAX_LINK_SHARE * text.length) return
      else hasParagraph = true
    }
    if (kind === 'title') hasTitle = true
    if (kind === 'lead') hasLead = true
    entries.push({ block: { kind, text }, source })
  }
  const isMediaBox = (element: Element, i: number): boolean =>
    element.tagName === 'figure' ||
    ((element.tagName === 'table' || matchClass(element, IMAGE_CLASS)) &&
      hasInside(index, images, i) &&
      textInside(index, i) <= MAX_MEDIA_TEXT)

  const stack: Item[] = [{ element: elements[scope], inside: false, media: false }]
  const pushElements = (element: Element, inside: boolean): void => {
    for (let k = element.children.length - 1; k >= 0; k--) {
      const child = element.children[k]
      if (child.type === 'element') stack.push({ element: child, inside, media: false })
    }
  }
  // Block children become items of their own; inline children between them are gathered into runs.
  const pushMixed = (element: Element, media: boolean): void => {
    const items: Item[] = []
    let run: ElementContent[] = []
    let afterBreak = false
    const flush = (): void => {
      if (run.length > 0) items.push({ run, media })
      run = []
      afterBreak = false
    }
    for (const child of element.children) {
      if (child.type === 'element' && (BLOCK.has(child.tagName) || hasInside(index, blocks, position.get(child)!))) {
        flush()
        items.push({ element: child, inside: true, media })
      } else if (child.type === 'element' && child.tagName === 'br') {
        if (afterBreak) flush()
        else {
          run.push(child)
          afterBreak = true
        }
      } else if (child.type === 'element' || child.type === 'text') {
        if (child.type === 'element' || child.value.trim() !== '') afterBreak = false
        run.push(child)
      }
    }
    flush()
    for (let k = items.length - 1; k >= 0; k--) stack.push(items[k])
  }

  while (stack.length > 0) {
    const item = stack.pop()!
    if ('run' in item) {
      emit(item.media ? 'caption' : 'paragraph', { type: 'element', tagName: 'p', properties: {}, children: item.run })
      continue
    }
    const { element, media } = item
    const i = position.get(element)!
    const { tagName } = element
    if (i === container) {
      passedContainer = true
      if (hasInside(index, blocks, i)) pushMixed(element, false)
      else emit('paragraph', element)
    } else if (i < container && container < end[i]) {
      pushElements(element, false)
    } else if (tagName === 'h1' && !hasTitle && isTitle(element)) {
      emit('title', element)
    } else if (isCaption(element)) {
      emit('caption', element)
    } else if (!hasLead && !(item.inside ? hasParagraph : passedContainer) && matchClass(element, LEAD_CLASS)) {
      emit('lead', element)
    } else if (isByline(element)) {
      emit('byline', element)
    } else if (!item.inside || isDateline(element)) {
      pushElements(element, false)
    } else if (HEADINGS.has(tagName)) {
      emit('heading', element)
    } else if (hasInside(index, blocks, i)) {
      pushMixed(element, media || isMediaBox(element, i))
    } else {
      emit(media || isMediaBox(element, i) || matchClass(element, IMAGE_CLASS) ? 'caption' : 'paragraph', element)
    }
  }
  return entries
}

const isCaption = (element: Element): boolean => element.tagName === 'figcaption' || matchClass(element, CAPTION_CLASS)
const isByline = (element: Element): boolean =>
  matchClass(element, BYLINE_CLASS) || readItemProps(element).includes('author')
const isDateline = (element: Element): boolean => matchClass(element, DATELINE_CLASS)

/** Characters of link text in an element. */
function countLinkText(element: Element): number {
  let count = 0
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'a') count += toBlockText(child).length
      else stack.push(child)
    }
  }
  return count
}
