// What an article makes clear without saying it each time: the province (or district) it is about.
import type { Candidate } from './candidate.js'

/**
 * The place of `level` the article is about: the most mentioned one, when it has at least two mentions
 * and more than any other, or the only one. Used to complete "Tỉnh ủy" or "UBND huyện" to that body.
 */
export function articlePlace(found: Candidate[], level: 'province' | 'district'): string | null {
  const counts = new Map<string, number>()
  for (const c of found) {
    if (c.type !== 'LOCATION') continue
    // Districts have no lexicon (abolished in 2025): they are the places found after a district prefix.
    const name = level === 'province' ? (c.admin?.level === 'province' ? c.admin.name : undefined) : c.lexicon === 'location-prefix:district' ? c.name : undefined
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [top, second] = ranked
  if (!top) return null
  if (ranked.length === 1 || (top[1] >= 2 && top[1] > (second?.[1] ?? 0))) return top[0]
  return null
}
