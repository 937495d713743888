// Finds document numbers and reads their kind and issuer codes. A number is either coded, state style
// `<number>[/<year>]/<KIND>-<ISSUER>` (41/2016/NĐ-CP, 60/TTr-CT) or Party style `<number>-<KIND>/<ISSUER>`
// (23-QĐ/TW), or short after a kind word (Chỉ thị 05, Thông tư 15/2015). A short number is the coded one
// that the same article cites, when that is clear ("chỉ thị số 01" … "Chỉ thị số 01/CT-UBND").
import { documentLexicon, issuerOfCode, type DocumentKind } from '../../../lexicon/index.js'
import { foldKey } from '../../../text/fold.js'
import { once } from '../../../text/memo.js'
import { TOKEN_END, TOKEN_START, WORD_END, digitRuns, startsWord, wordBefore, wordsBefore } from '../boundaries.js'

export interface DocumentNumber {
  /** The mention: the kind word and "số" when they precede the number, else the number alone. */
  start: number
  end: number
  /** As written: 23-QĐ/TW, 05 (in "Chỉ thị 05"), 15/2015. */
  number: string
  /** Canonical: the number, or for a short one the kind and the number ("Chỉ thị 05"), since "05" alone names nothing. */
  name: string
  kind: DocumentKind
  /** The issuer abbreviations written in the number (TW, CP, BTP-BCA-BYT → three). */
  issuerCodes: string[]
  rule: string
}

const SEGMENT = '\\p{L}[\\p{L}\\p{N}]{0,14}'
// Sticky: tried only at a run of at most five digits followed by "-" or "/", where every coded number starts.
const CODED = new RegExp(
  `${TOKEN_START}\\d{1,5}(?:-(?<partyKind>\\p{L}{1,5})/(?<partyIssuers>${SEGMENT}(?:-${SEGMENT}){0,4})` +
    `|(?:/(?<year>(?:19|20)\\d\\d))?/(?<segments>${SEGMENT}(?:-${SEGMENT}){0,5}))${WORD_END}`,
  'yu',
)
// After a bare number only these may follow ("Chỉ thị 05 của Bộ Chính trị"); "Quyết định 2 vấn đề" counts.
const AFTER_SHORT = /^(?:$|[^\p{L}\s]|\s(?:\p{Lu}|(?:của|về|và|ngày|do|đã|được|đang|sẽ|là|mà|cũng|vừa|này|với|nhằm|trong|theo|quy định|hướng dẫn|ban hành|thực hiện)(?![\p{L}\p{N}])))/u
// How far before a coded number its kind word may begin.
const KIND_WINDOW = 32

interface KindPatterns {
  /** A kind word with a short number: "Chỉ thị 05", "Quyết định số 2". */
  short: RegExp
  /** How far before its number a short number's kind word may begin. */
  reach: number
  /** A kind word and its "số" that end where a coded number begins. */
  kindBefore: RegExp
  /** Whether a kind word or its "số" (and ":") ends right before a space (wordBefore). */
  kindEnd: RegExp
}

// Built from the lexicon on first use: any kind word, with its "số". Both sticky and without their opening
// WORD_START, which the scans check in code (startsWord): cheaper than the look-behind, and they are tried
// only where a word starts within reach of a number.
const kindPatterns = once((): KindPatterns => {
  const words = documentLexicon().kindWords
  const kinds = words.join('|')
  return {
    short: new RegExp(`(?<kind>${kinds})(?<so> số:?)? (?<number>\\d{1,4}(?:/(?:19|20)\\d\\d)?)${TOKEN_END}`, 'yiu'),
    reach: Math.max(...words.map((w) => w.length)) + ' số: '.length,
    kindBefore: new RegExp(`(?<kind>${kinds})(?: số:?)? $`, 'yiu'),
    kindEnd: wordsBefore(['số', ...words.map((w) => w.slice(w.lastIndexOf(' ') + 1))], ':?'),
  }
})

/** Whether what is right before the space at `space` may end a kind word or its "số" ("Chỉ thị ", "số: "). */
const mayEndKind = (text: string, space: number): boolean => wordBefore(kindPatterns().kindEnd, text, space)

/**
 * The kind word (with its "số") that ends right before a coded number at `at`: the leftmost one that ends
 * there within KIND_WINDOW characters, a word start counting from where that window starts.
 */
function kindBefore(text: string, at: number): RegExpExecArray | null {
  const window = text.slice(Math.max(0, at - KIND_WINDOW), at)
  if (!window.endsWith(' ') || !mayEndKind(window, window.length - 1)) return null
  const regex = kindPatterns().kindBefore
  for (let i = 0; i < window.length; i++) {
    if (!startsWord(window, i)) continue
    regex.lastIndex = i
    const m = regex.exec(window)
    if (m) return m
  }
  return null
}

const kindOfWord = (word: string): DocumentKind | undefined => documentLexicon().kindByWord.get(foldKey(word))

function readCoded(text: string, m: RegExpExecArray): DocumentNumber | null {
  const lex = documentLexicon()
  const g = m.groups!
  const before = kindBefore(text, m.index)
  const named = before ? kindOfWord(before.groups!.kind!) : undefined
  let kind: DocumentKind | undefined
  let issuerCodes: string[]
  if (g.partyKind !== undefined) {
    kind = lex.kindByCode.get(foldKey(g.partyKind))
    issuerCodes = g.partyIssuers!.split('-')
  } else {
    const [first, ...rest] = g.segments!.split('-') as [string, ...string[]]
    kind = lex.kindByCode.get(foldKey(first))
    // Without a kind code the first part is the issuer: 3227/NHNN-TD is a công văn of the NHNN. A number
    // with a year and no kind code (80/2015/QH13) is a law or resolution: only a kind word tells which.
    if (kind) issuerCodes = kind.joint ? rest : rest.slice(0, 1)
    else {
      issuerCodes = [first]
      if (g.year === undefined && (before || issuerOfCode(first) !== undefined)) kind = lex.codeless
    }
  }
  // The article's word wins over the code: the Party writes both Quyết định and Quy định as QĐ.
  kind = named ?? kind
  if (!kind) return null
  const start = before ? m.index - before[0].length : m.index
  const rule = g.partyKind !== undefined ? 'document.numbered-party' : 'document.numbered'
  return { start, end: m.index + m[0].length, number: m[0], name: m[0], kind, issuerCodes, rule }
}

function readShort(text: string, m: RegExpExecArray): DocumentNumber | null {
  const g = m.groups!
  const kind = kindOfWord(g.kind!)
  if (!kind) return null
  // Without "số", only a capitalized kind that is cited by bare number, and not a count ("Quyết định 2 vấn đề").
  const end = m.index + m[0].length
  const capitalized = g.kind![0] !== g.kind![0]!.toLowerCase()
  if (!g.so && !(kind.short && capitalized && AFTER_SHORT.test(text.slice(end, end + 16)))) return null
  return { start: m.index, end, number: g.number!, name: `${kind.name} ${g.number}`, kind, issuerCodes: [], rule: 'document.short-number' }
}

// The serial number and year that open a number: 01 in 01/CT-UBND, 15 and 2015 in 15/2015/TT-BVHTTDL.
const LEAD = /^(?<serial>\d+)(?:\/(?<year>(?:19|20)\d\d)(?![\p{L}\p{N}]))?/u
const leadKeys = (kind: DocumentKind, number: string): string[] => {
  const g = LEAD.exec(number)!.groups!
  const serial = `${kind.name}\0${Number(g.serial)}`
  return g.year ? [serial, `${serial}/${g.year}`] : [serial]
}

/**
 * A short number stands for the one coded number of its kind in the article that it opens: "chỉ thị số 01"
 * for "Chỉ thị số 01/CT-UBND", "Thông tư 15/2015" for "Thông tư 15/2015/TT-BVHTTDL". Two candidates, or
 * none, and it stays short.
 */
function completeShortNumbers(found: DocumentNumber[]): DocumentNumber[] {
  const full = new Map<string, DocumentNumber[]>()
  for (const n of found) {
    if (n.rule === 'document.short-number') continue
    for (const key of leadKeys(n.kind, n.number)) {
      const same = full.get(key)
      if (!same) full.set(key, [n])
      else if (same.length < 2 && same[0]!.number !== n.number) same.push(n)
    }
  }
  return found.map((n) => {
    if (n.rule !== 'document.short-number') return n
    const keys = leadKeys(n.kind, n.number)
    const [only, other] = full.get(keys[keys.length - 1]!) ?? []
    // Its issuer comes from the full citation (link merges them), not from the code: the text may name a closer one.
    return only && !other ? { ...n, number: only.number, name: only.name } : n
  })
}

/** The patterns of numbers, sticky: coded (with its WORD_START), and short (without: the scan checks it). */
export const numberPatterns = (): { coded: RegExp; short: RegExp } => ({ coded: CODED, short: kindPatterns().short })

/**
 * Where the coded and the short numbers' patterns match in `text`, in order: what `text.matchAll` finds
 * with each made global. Both kinds hold a run of digits at a known place, so the patterns are tried only
 * where the runs say a number may start.
 */
export function matchNumbers(text: string): { coded: RegExpExecArray[]; short: RegExpExecArray[] } {
  const { short, reach } = kindPatterns()
  const found = { coded: [] as RegExpExecArray[], short: [] as RegExpExecArray[] }
  // Where the last match of each pattern ended: the next one starts there or after.
  let codedEnd = 0
  let shortEnd = 0
  // Where the windows before numbers tried so far end: none is tried twice.
  let tried = 0
  const runs = digitRuns(text)
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!
    const end = runs[r + 1]!
    // A coded number: at most five digits, then "-" or "/".
    if (start >= codedEnd && end - start <= 5 && (text[end] === '-' || text[end] === '/')) {
      CODED.lastIndex = start
      const m = CODED.exec(text)
      if (m) {
        found.coded.push(m)
        codedEnd = start + m[0].length
      }
    }
    // A short one: at most four digits after a kind word and its "số", which start within reach before them.
    if (end - start <= 4 && text[start - 1] === ' ' && mayEndKind(text, start - 1)) {
      for (let i = Math.max(tried, start - reach); i < start; i++) {
        if (i < shortEnd || !startsWord(text, i)) continue
        short.lastIndex = i
        const m = short.exec(text)
        if (!m) continue
        found.short.push(m)
        shortEnd = i + m[0].length
      }
      tried = start
    }
  }
  return found
}

/** Every document number in the text, in order. */
export function findDocumentNumbers(text: string): DocumentNumber[] {
  const matches = matchNumbers(text)
  const found: DocumentNumber[] = []
  for (const m of matches.coded) {
    const n = readCoded(text, m)
    if (n) found.push(n)
  }
  for (const m of matches.short) {
    const n = readShort(text, m)
    if (n) found.push(n)
  }
  return completeShortNumbers(found.sort((a, b) => a.start - b.start))
}
