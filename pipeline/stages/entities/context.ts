// What an article makes clear without saying it each time: the province it is about.
import type { Candidate } from './candidate.js'

/**
 * The province the article is about: the most mentioned province, when it has at least two mentions
 * and more than any other. Used to complete "Tỉnh ủy" or "UBND tỉnh" to the body of that province.
 */
export function articleProvince(found: Candidate[]): string | null {
  const counts = new Map<string, number>()
  for (const c of found) {
    if (c.type === 'LOCATION' && c.admin?.level === 'province') counts.set(c.admin.name, (counts.get(c.admin.name) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [top, second] = ranked
  if (!top) return null
  if (ranked.length === 1 || (top[1] >= 2 && top[1] > (second?.[1] ?? 0))) return top[0]
  return null
}
