// Recognizes legal and administrative documents cited by number: "Quyết định số 23-QĐ/TW, ngày 30/7/2021
// của Bộ Chính trị về …", and laws cited by name: "Luật Đất đai", "Bộ luật Hình sự" (named-laws.ts).
import { issuerOfCode, issuesUnder } from '../../../lexicon/index.js'
import type { Candidate, LegalDocumentAttrs, RecognizerInput } from '../candidate.js'
import { readDocumentContext } from './document-context.js'
import { readIssuerBefore } from './document-issuer.js'
import { findDocumentNumbers } from './document-number.js'
import { findNamedLaws } from './named-laws.js'

/**
 * Every numbered document in the text. The issuer is the one the text names after the number, else the
 * one it names before the kind word when that fits the number's code, else the one the code stands for
 * (issuers.json). Date and title only when written.
 */
export function recognizeLegalDocuments(input: RecognizerInput): Candidate[] {
  const numbered = findDocumentNumbers(input.text).flatMap((n) => {
    const context = readDocumentContext(input.text, n.end, input.published)
    const before = readIssuerBefore(input.text, n.start)
    const fits = before !== null && (!n.issuerCodes.length || n.issuerCodes.some((code) => issuesUnder(before, code)))
    const coded = n.issuerCodes.map(issuerOfCode).filter((name) => name !== undefined)
    const issuer = context.issuer ?? (fits ? before : undefined) ?? (coded.length ? coded.join(', ') : undefined)
    const document: LegalDocumentAttrs = { number: n.number, kind: n.kind.name }
    if (context.date) document.date = context.date
    if (issuer) document.issuer = issuer
    if (context.title) document.title = context.title
    // "Chỉ thị 05" that no issuer claims names no particular document: a bare 05 is none.
    if (n.rule === 'document.short-number' && /^\d+$/u.test(n.number) && !issuer) return []
    return [{
      type: 'LEGAL_DOCUMENT',
      start: n.start,
      end: n.end,
      name: n.name,
      rule: n.rule,
      lexicon: `document-kinds:${n.kind.name}`,
      document,
    } satisfies Candidate]
  })
  return [...numbered, ...findNamedLaws(input.text, numbered)]
}
