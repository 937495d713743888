// One site, one name: an article that writes "Khu bảo tồn thiên nhiên Sông Thanh" and later "khu bảo
// tồn Sông Thanh" names one place, so the shorter prefix takes the longer one's canonical name. Sites
// of other kinds with the same name ("vườn quốc gia Sông Thanh") stay apart.
import { foldKey } from '../../../text/fold.js'
import type { Candidate } from '../candidate.js'

/** A site found after its prefix: the prefix and the name as written. */
export interface SiteName {
  candidate: Candidate
  prefix: string
  name: string
}

export function mergeSiteNames(sites: readonly SiteName[]): void {
  if (sites.length < 2) return
  const byName = new Map<string, SiteName[]>()
  for (const site of sites) {
    const key = foldKey(site.name)
    const group = byName.get(key)
    if (group) group.push(site)
    else byName.set(key, [site])
  }
  for (const group of byName.values()) {
    // The distinct prefixes are few (the prefix table's), longest first.
    const longest = new Map<string, SiteName>()
    for (const site of group) {
      const key = foldKey(site.prefix)
      if (!longest.has(key)) longest.set(key, site)
    }
    const prefixes = [...longest.keys()].sort((a, b) => b.length - a.length)
    for (const site of group) {
      const own = foldKey(site.prefix)
      const wider = prefixes.find((p) => p.startsWith(`${own} `))
      if (wider) site.candidate.name = longest.get(wider)!.candidate.name
    }
  }
}
