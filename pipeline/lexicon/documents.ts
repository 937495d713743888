// The vocabularies of document numbers: kinds (document-kinds.json) and issuers (issuers.json), loaded
// once per process and keyed by foldKey.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lexiconDir } from '../paths.js'
import { foldKey } from '../text/fold.js'
import { once } from '../text/memo.js'

export interface DocumentKind {
  name: string
  codes: string[]
  /** Written with a bare number too: "Chỉ thị 05". */
  short?: boolean
  /** Every part of the number after the kind code names an issuer (TTLT-BTP-BCA-BYT). */
  joint?: boolean
}

export interface DocumentLexicon {
  /** Kind names and generic words, longest first (for building a regex). */
  kindWords: string[]
  /** A kind by its folded name; undefined for a generic word ("văn bản"). */
  kindByWord: Map<string, DocumentKind | undefined>
  kindByCode: Map<string, DocumentKind>
  /** The kind of a number without a kind code (Công văn). */
  codeless: DocumentKind
  issuerByCode: Map<string, string>
  /** Folded words that open an issuer's name. */
  issuerHeads: Set<string>
  /** Folded names of the bodies that issue under a code besides the one it names (Bộ Chính trị: TW). */
  issuerBodies: Map<string, string[]>
}

const read = <T>(name: string): T => JSON.parse(readFileSync(join(lexiconDir, name), 'utf8')) as T

export const documentLexicon = once((): DocumentLexicon => {
  const kinds = read<{ kinds: DocumentKind[]; generic: string[]; codeless: string }>('document-kinds.json')
  const issuers = read<{ codes: Record<string, string>; bodies: Record<string, string[]>; heads: string[] }>('issuers.json')
  const kindByWord = new Map<string, DocumentKind | undefined>(kinds.kinds.map((k) => [foldKey(k.name), k]))
  for (const word of kinds.generic) kindByWord.set(foldKey(word), undefined)
  return {
    kindWords: [...kinds.kinds.map((k) => k.name), ...kinds.generic].sort((a, b) => b.length - a.length),
    kindByWord,
    kindByCode: new Map(kinds.kinds.flatMap((k) => k.codes.map((c) => [foldKey(c), k] as const))),
    codeless: kindByWord.get(foldKey(kinds.codeless))!,
    issuerByCode: new Map(Object.entries(issuers.codes).map(([code, name]) => [foldKey(code), name])),
    issuerHeads: new Set(issuers.heads.map(foldKey)),
    issuerBodies: new Map(Object.entries(issuers.bodies).map(([code, names]) => [foldKey(code), names.map(foldKey)])),
  }
})

// A legislature's number is no part of the issuer's code: UBTVQH15, QH13.
const codeKey = (code: string): string => foldKey(code).replace(/(?<=\p{L})\d+$/u, '')

/** The issuer an abbreviation in a number stands for. */
export function issuerOfCode(code: string): string | undefined {
  return documentLexicon().issuerByCode.get(codeKey(code))
}

/** Whether an issuer named in the text may have issued under `code`: "Chủ tịch UBND TP.Hà Nội" under UBND. */
export function issuesUnder(issuer: string, code: string): boolean {
  const key = foldKey(issuer)
  const name = issuerOfCode(code)
  const names = [codeKey(code), ...(name ? [foldKey(name)] : []), ...(documentLexicon().issuerBodies.get(codeKey(code)) ?? [])]
  return names.some((n) => key.includes(n) || n.includes(key))
}

const LEADING_WORDS = /^\p{L}+(?: \p{L}+){0,3}/u

/** Folded keys, and their first words (a key's words are folded one by one, as the key is). */
interface Keys {
  all: Set<string>
  firstWords: Set<string>
}

const keysOf = (keys: Iterable<string>): Keys => {
  const all = new Set(keys)
  return { all, firstWords: new Set([...all].map((k) => k.split(' ')[0]!)) }
}

const kindKeys = once(() => keysOf(documentLexicon().kindByWord.keys()))
const issuerKeys = once(() => keysOf(documentLexicon().issuerHeads))

/** Whether the folded first one, two, three or four words of `s` ("Ủy", "Ủy ban", …) are one of `keys`. */
function startsWithKey(s: string, keys: Keys): boolean {
  const lead = LEADING_WORDS.exec(s)?.[0] ?? ''
  const first = lead.indexOf(' ')
  if (!keys.firstWords.has(foldKey(first < 0 ? lead : lead.slice(0, first)))) return false
  for (let end = first; end >= 0; end = lead.indexOf(' ', end + 1)) {
    if (keys.all.has(foldKey(lead.slice(0, end)))) return true
  }
  return keys.all.has(foldKey(lead))
}

/** Whether a document kind's name starts `s` ("Thông tư liên tịch số …"). */
export const startsWithKind = (s: string): boolean => startsWithKey(s, kindKeys())

/** Whether an issuer's name starts `s` ("Bộ …", "UBND …", "Thủ tướng …"). */
export const startsWithIssuer = (s: string): boolean => startsWithKey(s, issuerKeys())
