// How a reader's time grows with its input, the measure behind every "linear time" test: each shape is timed
// at n and 4n characters, and 4n must take less than MAX_RATIO times as long (a quadratic pattern takes 16
// times). No threshold in milliseconds: a busy machine would fail it.

/** The most 4n may cost against n: linear is 4, quadratic 16. */
export const MAX_RATIO = 8

/** `unit` repeated to `n` characters. */
export const repeat = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)

async function bestOf(runs: number, work: () => unknown): Promise<number> {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await work()
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

export interface Measure {
  /** Runs of each size, the best of which counts. */
  small?: number
  large?: number
}

/** How much longer `read` (which may return a promise) takes on `make(4n)` than on `make(n)`: the least of up to three measures, since
 * the collector or another process can slow any one of them, while a quadratic pattern slows them all. */
export async function growth(read: (text: string) => unknown, make: (n: number) => string, n: number, { small = 5, large = 3 }: Measure = {}): Promise<number> {
  const smallText = make(n)
  const largeText = make(4 * n)
  // Both first, for the code and the heap to settle.
  await read(smallText)
  await read(largeText)
  let least = Infinity
  for (let measure = 0; measure < 3 && least >= MAX_RATIO; measure++) {
    least = Math.min(least, (await bestOf(large, () => read(largeText))) / (await bestOf(small, () => read(smallText))))
  }
  return least
}
