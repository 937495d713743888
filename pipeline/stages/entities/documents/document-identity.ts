// What a legal document is, for its id: its number, and, where the number alone names one document per
// issuer, its issuer as cited. A number coded with a national body's code (…-NQ/TW, …/NĐ-CP) names one
// document; one coded for a kind of local body (…/QĐ-UBND) names one per province, and a short one
// ("Chỉ thị 05", "Thông tư 15/2015") one per issuer.
import { UNIT_PREFIX_SOURCE, vocabulary } from '../../../lexicon/index.js'
import { foldKey } from '../../../text/fold.js'

const LOCAL_ISSUER = new RegExp(`(?:^|\\s)(?:${UNIT_PREFIX_SOURCE})(?=[\\s.]|\\p{Lu})`, 'iu')
const SHORT_NUMBER = /^\d+(?:\/\d{4})?$/u

export interface DocumentIdentity {
  /** What the id hashes. */
  key: string
  /** The issuer that is part of the identity, or null when the number (or a law's name) is enough. */
  issuer: string | null
}

export function documentIdentity(name: string, doc: { number?: string; issuer?: string }): DocumentIdentity {
  const issuer = doc.issuer ?? ''
  const byIssuer = doc.number !== undefined && (SHORT_NUMBER.test(doc.number) || LOCAL_ISSUER.test(issuer))
  return byIssuer ? { key: `${name}\0${issuerKey(issuer)}`, issuer: doc.issuer ?? null } : { key: name, issuer: null }
}

/** "UBND TP.Hà Nội" and "Ủy ban nhân dân thành phố Hà Nội" are one issuer: short forms spelled out. */
function issuerKey(issuer: string): string {
  const short = vocabulary().orgAbbreviations
  const spelled = issuer.replace(/\bTP\.?\s*/gu, 'thành phố ').split(/\s+/u).map((w) => short.get(w) ?? w).join(' ')
  return foldKey(spelled)
}
