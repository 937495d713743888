// Cleaning changes lengths (CRLF, NFC, collapsed spaces), so positions in the cleaned text are mapped
// back to the source through breakpoints: from each breakpoint on, both sides advance together.
import { bisect } from './bisect.js'

export class OffsetMap {
  readonly #clean: number[] = [0]
  readonly #source: number[] = [0]

  /** Records that clean offset `clean` corresponds to source offset `source`. Calls come in order. */
  mark(clean: number, source: number): void {
    const last = this.#clean.length - 1
    if (this.#clean[last] === clean) this.#source[last] = source
    else {
      this.#clean.push(clean)
      this.#source.push(source)
    }
  }

  /** The source offset of a clean offset. */
  toSource(clean: number): number {
    const lo = Math.max(0, bisect(this.#clean.length, (i) => this.#clean[i]! <= clean) - 1)
    return this.#source[lo]! + (clean - this.#clean[lo]!)
  }
}
