// Commander's parsers for the options that take numbers: a value that is not allowed is refused with
// the option, the value as typed and what is allowed (commander names the first two).
import { InvalidArgumentError } from 'commander'
import { MAX_BUDGET_MS, maxWorkers, type StageSettings } from '../index.js'

const WHOLE = /^\d+$/u
const DECIMAL = /^\d+(\.\d+)?$/u

/** A whole number from `min` to `max`, written in decimal digits only ("0x10", "1e3", "1.5" are not). */
export const wholeNumber = (min: number, max: number) => (value: string): number => {
  const n = WHOLE.test(value.trim()) ? Number(value) : NaN
  if (!(n >= min && n <= max)) throw new InvalidArgumentError(`Allowed: a whole number from ${min} to ${max}.`)
  return n
}

/** Worker threads: 0 (this thread) to four per core. */
export const threads = (value: string): number => wholeNumber(0, maxWorkers())(value)

/** Seconds above 0 and at most `max`, in decimal ("2.5"), as milliseconds. */
export const seconds = (max: number) => (value: string): number => {
  const s = DECIMAL.test(value.trim()) ? Number(value) : NaN
  if (!(s > 0 && s <= max)) throw new InvalidArgumentError(`Allowed: seconds above 0 and at most ${max}, in decimal digits.`)
  return s * 1000
}

/** An article's time budget, in seconds, as milliseconds. */
export const budget = (value: string): number => seconds(MAX_BUDGET_MS / 1000)(value)

/** The stage settings of `--no-model`: the entities stage without its name tagger. */
export const modelSettings = (model: boolean): StageSettings => (model ? {} : { entities: { model: false } })
