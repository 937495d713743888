// Finds document numbers and reads their kind and issuer codes. A number is either coded, state style
// `<number>[/<year>]/<KIND>-<ISSUER>` (41/2016/NĐ-CP, 60/TTr-CT) or Party style `<number>-<KIND>/<ISSUER>`
// (23-QĐ/TW), or short after a kind word (Chỉ thị 05, Thông tư 15/2015). A short number is the coded one
// that the same article cites, when that is clear ("chỉ thị số 01" … "Chỉ thị số 01/CT-UBND").
import { documentLexicon, issuerOfCode, type DocumentKind } from '../../lexicon/documents.js'
import { foldKey } from '../../text/fold.js'
import { TOKEN_END, TOKEN_START, WORD_END, WORD_START } from './boundaries.js'

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
const CODED = new RegExp(
  `${TOKEN_START}\\d{1,5}(?:-(?<partyKind>\\p{L}{1,5})/(?<partyIssuers>${SEGMENT}(?:-${SEGMENT}){0,4})` +
    `|(?:/(?<year>(?:19|20)\\d\\d))?/(?<segments>${SEGMENT}(?:-${SEGMENT}){0,5}))${WORD_END}`,
  'gu',
)
// After a bare number only these may follow ("Chỉ thị 05 của Bộ Chính trị"); "Quyết định 2 vấn đề" counts.
const AFTER_SHORT = /^(?:$|[^\p{L}\s]|\s(?:\p{Lu}|(?:của|về|và|ngày|do|đã|được|đang|sẽ|là|mà|cũng|vừa|này|với|nhằm|trong|theo|quy định|hướng dẫn|ban hành|thực hiện)(?![\p{L}\p{N}])))/u

let patterns: { short: RegExp; kindBefore: RegExp } | undefined

// Built from the lexicon on first use: any kind word, with its "số".
function kindPatterns(): { short: RegExp; kindBefore: RegExp } {
  if (patterns) return patterns
  const kinds = documentLexicon().kindWords.join('|')
  patterns = {
    short: new RegExp(`${WORD_START}(?<kind>${kinds})(?<so> số:?)? (?<number>\\d{1,4}(?:/(?:19|20)\\d\\d)?)${TOKEN_END}`, 'giu'),
    kindBefore: new RegExp(`${WORD_START}(?<kind>${kinds})(?: số:?)? $`, 'iu'),
  }
  return patterns
}

const kindOfWord = (word: string): DocumentKind | undefined => documentLexicon().kindByWord.get(foldKey(word))

function readCoded(text: string, m: RegExpExecArray): DocumentNumber | null {
  const lex = documentLexicon()
  const g = m.groups!
  const before = kindPatterns().kindBefore.exec(text.slice(Math.max(0, m.index - 32), m.index))
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

/** Every document number in the text, in order. */
export function findDocumentNumbers(text: string): DocumentNumber[] {
  const found: DocumentNumber[] = []
  for (const m of text.matchAll(CODED)) {
    const n = readCoded(text, m)
    if (n) found.push(n)
  }
  for (const m of text.matchAll(kindPatterns().short)) {
    const n = readShort(text, m)
    if (n) found.push(n)
  }
  return completeShortNumbers(found.sort((a, b) => a.start - b.start))
}
