// Names the other recognizers found once, written again where nothing around them says what they are:
// a person's or a body's short form ("Mourinho" after "Jose Mourinho", "De Gea" after "David de Gea",
// "Real" after "Real Madrid"), a name written as a mention found before ("Juventus" after "CLB
// Juventus"), and the other items of a list whose items found are all of one kind ("Griezmann và
// Marquinhos", "Pele, Maradona, Zidane"). What is left, a foreign name alone, is a person's when a verb
// of saying or doing follows it ("Neymar ghi bàn"). Runs last, over the words no candidate covers.
import { nameCues, placePrefixes, vocabulary } from '../../../lexicon/index.js'
import { foldKey } from '../../../text/fold.js'
import { isSyllable } from '../../../text/syllable.js'
import type { Candidate, EntityType } from '../candidate.js'
import type { ArticleInput } from '../recognizer.js'
import { coveredWords } from '../coverage.js'
import { capitalRun, thingBefore, trimRun } from './name-runs.js'
import { isForeignWord } from './name-shape.js'
import { joinWords, type Word } from '../words.js'

const NAMED: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION'])

interface Known {
  type: EntityType
  name: string
  rule: string
}

export function recognizeNames(input: ArticleInput): Candidate[] {
  const { words, found } = input
  const known = knownForms(found, input.text)
  const covered = coveredWords(words, found)
  const out: Candidate[] = listItems(input, covered, known)
  // The list items found cover their words too.
  for (let i = 0, c = 0; c < out.length && i < words.length; i++) {
    while (c < out.length && out[c]!.end <= words[i]!.start) c++
    if (c < out.length && out[c]!.start <= words[i]!.start && words[i]!.end <= out[c]!.end) covered[i] = 1
  }
  // A run is a known form (from its first word on, or from the next after a common word that a
  // sentence opens with), or a foreign name alone before a verb.
  const firstWords = new Set([...known.keys()].map((form) => form.split(' ')[0]!))
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !words[i]!.cap || !(words[i]!.foreign || firstWords.has(words[i]!.key) || firstWords.has(words[i + 1]?.key ?? ''))) continue
    const [start, end] = trimRun(words, i, capitalRun(words, i, covered, 4), input.article)
    if (end <= start) continue
    const match = known.get(runKey(words, start, end)) ?? (end - start === 1 ? personByVerb(words, start, words[start]!.text) : undefined)
    if (match) out.push({ type: match.type, start: words[start]!.start, end: words[end - 1]!.end, name: match.name, rule: match.rule })
    i = Math.max(i, end - 1)
  }
  return out
}

/**
 * The forms under which a found name may be written again, folded, each with the one entity it names:
 * every mention as written, and the short forms of people's and foreign bodies' names. A form that two
 * entities share names neither.
 */
function knownForms(found: readonly Candidate[], text: string): Map<string, Known> {
  const forms = new Map<string, Known | null>()
  const add = (form: string, known: Known): void => {
    const key = foldKey(form)
    const seen = forms.get(key)
    if (seen === undefined) forms.set(key, known)
    else if (seen && (seen.type !== known.type || seen.name !== known.name)) forms.set(key, null)
  }
  for (const c of found) {
    if (!NAMED.has(c.type)) continue
    const written = text.slice(c.start, c.end)
    // A Vietnamese syllable alone ("Anh", "Đức", "Mỹ") is also a word or a given name: it is read in its
    // own context each time, never spread.
    if (!written.includes(' ') && isSyllable(written)) continue
    add(written, { type: c.type, name: c.name, rule: `${c.type.toLowerCase()}.same-name` })
  }
  for (const c of found) {
    if (c.type !== 'PERSON' && c.type !== 'ORGANIZATION') continue
    for (const form of shortForms(c)) add(form, { type: c.type, name: c.name, rule: `${c.type.toLowerCase()}.short-form` })
  }
  for (const [key, value] of forms) if (value === null) forms.delete(key)
  return forms as Map<string, Known>
}

/**
 * "Jose Mourinho" → "Mourinho"; "David de Gea" → "Gea", "De Gea"; "Nguyễn Trường Giang" → "Giang",
 * "Trường Giang"; "Real Madrid" → "Real"; "Man United" → "United": the last word of a person's name (and
 * the last two), and the foreign first and last words of a body's.
 */
function shortForms(c: Candidate): string[] {
  const parts = c.name.split(' ')
  if (parts.length < 2) return []
  const last = parts.at(-1)!
  if (c.type === 'PERSON') {
    const forms = [last]
    if (parts.length >= 3) forms.push(parts.slice(-2).join(' '))
    // "de Gea" is written "De Gea" at the start of a sentence and alone.
    if (parts.length >= 3 && /^\p{Ll}/u.test(parts.at(-2)!)) forms.push(`${parts.at(-2)!.charAt(0).toUpperCase()}${parts.at(-2)!.slice(1)} ${last}`)
    return forms
  }
  const cues = nameCues()
  return [parts[0]!, last].filter((w) => isForeignWord(w) && !cues.orgSuffixes.has(foldKey(w)))
}

/** "Neymar ghi bàn", "Mourinho nói": a foreign name alone, before a verb that people do. */
function personByVerb(words: readonly Word[], k: number, written: string): Known | undefined {
  const w = words[k]!
  if (!w.foreign || w.gap !== ' ' || k + 1 >= words.length) return undefined
  const verbs = nameCues().personAfter
  const verb = verbs.opens(words[k + 1]!.key) ? verbs.longestSpaced(words as Word[], k + 1) : undefined
  return verb ? { type: 'PERSON', name: written, rule: 'person.before-verb' } : undefined
}

const LIST_WORDS = new Set(['và', 'hay', 'hoặc', 'cùng'])

/**
 * "Griezmann và Marquinhos", "Pele, Maradona, Zidane hay Ronaldinho": the names of a list written
 * between items found, of one kind, are of that kind.
 */
function listItems(input: ArticleInput, covered: Uint8Array, known: ReadonlyMap<string, Known>): Candidate[] {
  const { words, found } = input
  const startsAt = new Map<number, Candidate>()
  for (const c of found) if (NAMED.has(c.type)) startsAt.set(c.start, c)
  const out: Candidate[] = []
  let items: Array<{ from: number; to: number; type?: EntityType }> = []
  let joined = false
  const close = (): void => {
    if (items.length === 0) return
    const types = new Set(items.filter((x) => x.type).map((x) => x.type!))
    // A list has a joining word before its last item, or three items: "X, Y" may be two clauses.
    // "xe Ford Ranger và Honda Cross Cub": a list of things is no list of names.
    if ((joined || items.length >= 3) && items.length >= 2 && types.size === 1 && !thingBefore(words, items[0]!.from)) {
      const [type] = types
      for (const x of items) {
        if (x.type) continue
        const name = joinWords(words, x.from, x.to)
        out.push({ type: type!, start: words[x.from]!.start, end: words[x.to - 1]!.end, name, rule: `${type!.toLowerCase()}.list` })
      }
    }
    items = []
    joined = false
  }
  for (let i = 0; i < words.length; ) {
    const w = words[i]!
    const c = startsAt.get(w.start)
    let to: number
    let type: EntityType | undefined
    if (c) {
      // At least its first word: a candidate may end inside it ("Q.6." is the district "Q.6").
      to = i + 1
      while (to < words.length && words[to]!.end <= c.end) to++
      type = c.type
    } else if (w.cap && !covered[i] && (items.length > 0 || nearListWord(words, i))) {
      const [start, end] = trimRun(words, i, capitalRun(words, i, covered, 4), input.article)
      if (start !== i || end <= start || !listedName(words, start, end)) {
        close()
        i++
        continue
      }
      to = end
      // A name the article writes elsewhere as an entity's is that entity's kind, not the list's.
      type = known.get(runKey(words, start, end))?.type
    } else {
      close()
      i++
      continue
    }
    items.push({ from: i, to, ...(type ? { type } : {}) })
    // The list goes on past ", " or a joining word.
    const gap = words[to - 1]!.gap
    if (to < words.length && gap === ', ') i = to
    else if (to + 1 < words.length && gap === ' ' && LIST_WORDS.has(words[to]!.key) && words[to]!.gap === ' ') {
      joined = true
      i = to + 1
    }
    else {
      close()
      i = to
    }
  }
  close()
  return out
}

/** Whether a list may open at word `i`: a comma or a joining word within its next five words. */
function nearListWord(words: readonly Word[], i: number): boolean {
  for (let k = i; k < words.length && k <= i + 5; k++) if (words[k]!.gap === ', ' || (k > i && LIST_WORDS.has(words[k]!.key))) return true
  return false
}

/**
 * An item of a list that is a name: not the start of an office, a body, a rank or a place's prefix
 * ("Chủ tịch", "Bộ"), no word that names nothing; a foreign name, or of two words or more.
 */
function listedName(words: readonly Word[], from: number, to: number): boolean {
  const v = vocabulary()
  if (v.roles.longestSpaced(words, from) || v.orgHeads.longestSpaced(words, from) || v.ranks.longestSpaced(words, from) || v.honorifics.longestSpaced(words, from) || placePrefixes().prefixes.longestSpaced(words, from)) return false
  if (words.slice(from, to).some((w) => nameCues().notNames.has(w.key) || nameCues().eventWords.has(w.key))) return false
  return to - from >= 2 || (isForeignWord(words[from]!.text) && !words[from]!.upper)
}

/** The folded form of words [from, to): their keys, by single spaces (a run's words are). */
function runKey(words: readonly Word[], from: number, to: number): string {
  let key = words[from]!.key
  for (let k = from + 1; k < to; k++) key += ` ${words[k]!.key}`
  return key
}
