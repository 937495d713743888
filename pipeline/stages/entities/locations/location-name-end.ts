// Where a place's name ends after its prefix. A known name decides ("thành phố Hồ Chí Minh", "nước Cộng
// hòa Dân chủ Nhân dân Lào"); otherwise the capitalized words, with a number after them ("phường Mỹ
// Đình 2"), less an official's name that follows the place ("quận Nam Từ Liêm Nguyễn Văn Hải"). Sites
// go on across a dash ("Văn Miếu - Quốc Tử Giám"). The words are a window of at most a few words.
import { knownPlaces, lexicons, type KnownPlace } from '../../../lexicon/index.js'
import { personShaped } from './location-cues.js'
import { placeKeys } from './location-names.js'
import { trailingNameStart } from '../people/person-names.js'
import type { Word } from '../words.js'

/** The most words of a name that is not in a lexicon. */
const MAX_WORDS = 4
const DASH = /^\s?[-–—]\s?$/u
// "quận 3", "phường 12A"; the tokenizer keeps a full stop after a number ("quận 1.") in the word.
const NUMBER = /^\d{1,3}[A-Z]?\.?$/u
const isNumber = (w: Word): boolean => startsWithDigit(w.text) && NUMBER.test(w.text)

/** Whether `text` opens with 0-9 (\d). */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0)
  return c >= 48 && c <= 57
}

export interface PlaceName {
  /** Index past the name's last word in the window. */
  end: number
  /** The known place the name is, when it is one. */
  known?: KnownPlace
}

/** Whether a name may open with `first` (placeNameEnd gives undefined otherwise): a number, not for sites, or a capital. */
export const mayOpenName = (first: Word, site: boolean): boolean => (isNumber(first) ? !site : first.cap)

/** Index past the run of capitalized words from 0, joined by spaces (a number may follow a word; sites: dashes too). */
function nameRun(win: readonly Word[], site: boolean): number {
  let k = 1
  while (k < win.length) {
    const gap = win[k - 1]!.gap
    const w = win[k]!
    if (!(gap === ' ' || (site && DASH.test(gap))) || !(w.cap || (!site && isNumber(w) && !isNumber(win[k - 1]!)))) break
    k++
  }
  return k
}

/**
 * The name that opens the window (its first word is capitalized or a number), or undefined when
 * the words are an official's name rather than a place ("UBND tỉnh Lê Trí Thanh").
 */
export function placeNameEnd(win: readonly Word[], site: boolean, date: string | null): PlaceName | undefined {
  const first = win[0]
  if (!first || !mayOpenName(first, site)) return undefined
  if (isNumber(first)) return { end: 1 }
  const run = nameRun(win, site)
  const match = knownPlaces().longest(placeKeys(win, 0), 0)
  // A known name that fills the run is the name, whatever an official's name could be (base ≤ run below).
  if (match && match.end >= run) return { end: match.end, known: match.value }
  const split = trailingNameStart(win as Word[], 0, run, date)
  // A name split off the end is an official's when it has three words or leaves a known place before it:
  // "Nam Từ Liêm" is a district, not "Nam" and a Mr Từ Liêm.
  const officialAt =
    split !== undefined && win[split - 1]!.gap === ' ' && (run - split >= 3 || match?.end === split || knownUnit(win, split, date)) ? split : undefined
  const dashed = site && win.slice(0, run - 1).some((w) => DASH.test(w.gap))
  const base = officialAt ?? (dashed ? run : Math.min(run, MAX_WORDS))
  if (match && (match.end >= base || (win[match.end - 1]!.gap === ' ' && personShaped(win, match.end, run)))) return { end: match.end, known: match.value }
  if (!site && base >= 3 && personShaped(win, 0, base) && !knownUnit(win, base, date)) return undefined
  return { end: base }
}

function knownUnit(win: readonly Word[], end: number, date: string | null): boolean {
  const name = win.slice(0, end).map((w) => w.text).join(' ')
  const lex = lexicons()
  return lex.admin.lookup(name, { date }).length > 0 || lex.countries.lookup(name) !== undefined || lex.regions.lookup(name) !== undefined
}
