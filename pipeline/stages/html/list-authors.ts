// The article's authors from all sources, in order: white space collapsed; profile URLs and the
// publisher's own name (CMSs put it in <meta name="author">) left out; a name given twice (in meta tags
// and in the byline, in other case or tone placement) kept once.

import { foldKey } from '../../text/fold.js'

const URL_LIKE = /^(?:[a-z]+:)?\/\/|^www\.|\.(?:com|vn|net|org)(?:\/|$)/i

export function listAuthors(values: readonly string[], publisher: string | null): string[] {
  const seen = new Set<string>(publisher === null ? [] : [foldKey(publisher)])
  const authors: string[] = []
  for (const value of values) {
    const name = value.replace(/\s+/g, ' ').trim()
    const key = foldKey(name)
    if (name === '' || URL_LIKE.test(name) || seen.has(key)) continue
    seen.add(key)
    authors.push(name)
  }
  return authors
}
