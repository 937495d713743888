// The HTML front end: a news page in, its article out. Metadata (title, date, authors, publisher, URL)
// comes from <meta>, JSON-LD, microdata and the page's own title and byline; the body, as blocks in reading
// order, from the main content container and the article scope around it.
//
// Steps: limit nesting (so parsing cannot overflow the stack) → parse → read page metadata → prune
// boilerplate → index → find the main content and the article scope → collect blocks → mark lead, byline.

import type { Element } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { foldKey } from '../../text/fold.js'
import { collectBlocks } from './collect-blocks.js'
import { findArticleScope } from './find-article-scope.js'
import { findMainContent } from './find-main-content.js'
import { indexTree, type TreeIndex } from './index-tree.js'
import { limitNesting } from './limit-nesting.js'
import { listAuthors } from './list-authors.js'
import { markLeadAndByline } from './mark-lead-and-byline.js'
import { matchClass } from './match-class.js'
import { AUTHOR_META, LEAD_CLASS, PUBLISHED_META } from './patterns.js'
import { pruneBoilerplate } from './prune-boilerplate.js'
import { readHead } from './read-head.js'
import { readJsonLd } from './read-json-ld.js'
import { readMicrodata } from './read-microdata.js'
import { readNames } from './read-names.js'
import { stripSiteName } from './strip-site-name.js'
import { toBlockText } from './to-block-text.js'
import { toIsoDate } from './to-iso-date.js'

export interface HtmlBlock {
  kind: 'title' | 'lead' | 'heading' | 'paragraph' | 'caption' | 'byline'
  text: string
}

export interface HtmlArticle {
  /** The article's <h1>, else og:title, JSON-LD headline or <title>, without a " - Site name" suffix. */
  title: string | null
  /**
   * ISO 8601 date as written (YYYY-MM-DD, YYYY-MM or YYYY), time and zone dropped. From meta tags
   * (article:published_time, …), else microdata, else JSON-LD, else a <time datetime> in the article.
   */
  published: string | null
  /** Names from meta tags, microdata, JSON-LD and the byline; never URLs. */
  authors: string[]
  /** og:site_name, else the JSON-LD publisher's name. */
  publisher: string | null
  /** The canonical link, else og:url. */
  url: string | null
  /** The article body in reading order; the <h1> is the `title` block. */
  blocks: HtmlBlock[]
}

const processor = unified().use(rehypeParse)

export function extractHtml(html: string): HtmlArticle {
  const root = processor.parse(limitNesting(html))
  const head = readHead(root)
  const meta = (names: readonly string[]): string[] => names.flatMap((name) => head.meta.get(name) ?? [])
  const jsonLd = readJsonLd(head.jsonLd)
  const publisher = meta(['og:site_name'])[0]?.trim() || jsonLd.publisher

  pruneBoilerplate(root)
  const index = indexTree(root)
  const container = findMainContent(index)
  // A site logo in an <h1> is not the article's title.
  const isTitle = (element: Element): boolean => {
    if (element.tagName !== 'h1') return false
    const text = toBlockText(element)
    return text !== '' && (publisher === null || foldKey(text) !== foldKey(publisher))
  }
  const scope = findArticleScope(index, container, isTitle, (element) => matchClass(element, LEAD_CLASS))
  const entries = collectBlocks(index, scope, container, isTitle)
  markLeadAndByline(entries)
  const blocks = entries.map((entry) => entry.block)
  const microdata = readMicrodata(index)

  return {
    title:
      blocks.find((block) => block.kind === 'title')?.text ??
      stripSiteName(meta(['og:title'])[0], publisher) ??
      stripSiteName(jsonLd.headline, publisher) ??
      stripSiteName(head.documentTitle, publisher),
    published:
      [...meta(PUBLISHED_META), ...microdata.published, jsonLd.datePublished, ...readTimes(index, scope)]
        .map(toIsoDate)
        .find((date) => date !== null) ?? null,
    authors: listAuthors(
      [
        ...meta(AUTHOR_META),
        ...microdata.authors,
        ...jsonLd.authors,
        ...blocks.filter((block) => block.kind === 'byline').flatMap((block) => readNames(block.text) ?? []),
      ],
      publisher,
    ),
    publisher,
    url: readUrl(head.canonical, meta(['og:url'])[0]),
    blocks,
  }
}

/** The `datetime` of <time> elements in the article scope. */
function readTimes(index: TreeIndex, scope: number): string[] {
  const times: string[] = []
  for (let i = scope; i < index.end[scope]; i++) {
    const { tagName, properties } = index.elements[i]
    if (tagName === 'time' && typeof properties.dateTime === 'string') times.push(properties.dateTime)
  }
  return times
}

/** The canonical URL, resolved against og:url when the page gives it as a path. */
function readUrl(canonical: string | null, ogUrl: string | undefined): string | null {
  const base = ogUrl?.trim() || null
  const link = canonical?.trim() || null
  if (link === null) return base
  if (base === null || /^[a-z][a-z0-9+.-]*:/i.test(link)) return link
  try {
    return new URL(link, base).href
  } catch {
    return link
  }
}
