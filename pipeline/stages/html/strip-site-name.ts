// A page title without the site name that CMSs append: "Hội nghị … - Báo Lam Hồng" → "Hội nghị …".
// The last part after a separator is cut only when it is the site's name (as the page gives it), starts like
// a Vietnamese outlet's name, or is a domain: news titles use " - " themselves ("Đồng chí X - Phó Bí thư …").

import { foldKey } from '../../text/fold.js'
import { SITE_DOMAIN, SITE_NAME_START, TITLE_SEPARATORS } from './patterns.js'

export function stripSiteName(title: string | null | undefined, siteName: string | null): string | null {
  const text = title?.replace(/\s+/g, ' ').trim()
  if (!text) return null
  for (const separator of TITLE_SEPARATORS) {
    const at = text.lastIndexOf(separator)
    if (at <= 0) continue
    const tail = text.slice(at + separator.length)
    if (isSiteName(tail, siteName)) return text.slice(0, at).trim()
  }
  return text
}

function isSiteName(tail: string, siteName: string | null): boolean {
  if (siteName && foldKey(tail) === foldKey(siteName)) return true
  return SITE_NAME_START.test(tail) || SITE_DOMAIN.test(tail)
}
