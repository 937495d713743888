// The frame of every page, and the naming and linking of paginated lists. A page fetches nothing: its
// Content-Security-Policy allows no source at all but its own inline style and, by hash, its script, so
// even a slip in escaping could neither load nor run anything.
import { createHash } from 'node:crypto'
import { escapeHtml } from './escape-html.js'
import { STYLES } from './styles.js'

export interface PageParts {
  title: string
  body: string
  /** Inline script, an enhancement only: every page reads the same without it. */
  script?: string
}

export function renderPage({ title, body, script }: PageParts): string {
  const scriptSource = script ? ` 'sha256-${createHash('sha256').update(script).digest('base64')}'` : ''
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src${scriptSource || " 'none'"}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    `<body>${body}${script ? `<script>${script}</script>` : ''}</body>`,
    '</html>',
    '',
  ].join('\n')
}

/** `n` and the word for what is counted: `1 article`, `2 articles`. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** The number of pages a list of `count` rows takes; an empty list still has its one page. */
export const pageCount = (count: number, pageSize: number): number => Math.max(1, Math.ceil(count / pageSize))

/** The file of page `k` (1-based) of a list: `index.html`, `index-2.html`, … */
export const pageFile = (base: string, k: number): string => (k === 1 ? `${base}.html` : `${base}-${k}.html`)

/** Links to every page of a list, the current one marked; nothing when there is one page. */
export function renderPager(base: string, current: number, pages: number, label: string): string {
  if (pages <= 1) return ''
  const links = Array.from({ length: pages }, (_, i) => i + 1).map((k) =>
    k === current ? `<span aria-current="page">${k}</span>` : `<a href="${pageFile(base, k)}">${k}</a>`,
  )
  return `<nav class="pager" aria-label="${escapeHtml(label)}">${links.join(' ')}</nav>`
}
