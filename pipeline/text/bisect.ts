// Binary search over anything sorted: the places a span falls in, the candidates before an offset.

/** The first index in [0, n) at which `before` turns false, `before` being true up to some index and
 * false after it; n when it never does. */
export function bisect(n: number, before: (index: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
