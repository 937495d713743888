// What a recognizer returns: one mention of an entity in the article's text, with the attributes the
// rule could read off it. The link stage groups candidates into entities.

import type { AdminUnit } from '../../schema-types.js'

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'DATE' | 'LEGAL_DOCUMENT' | 'EVENT'

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year' | 'range'

export interface DateAttrs {
  /** ISO 8601: 2022-01-13, 2021-07, 2021, --01-13 (year unknown), 2022-Q1, 2021/2026 (range). */
  value: string
  precision: DatePrecision
  /** True when the year (or the whole date, for "hôm qua") came from the publication date. */
  inferred: boolean
}

export interface LegalDocumentAttrs {
  /** The number as written: 23-QĐ/TW, 41/2016/NĐ-CP, or 05 for "Chỉ thị 05" (the candidate's name is then
   * `Chỉ thị 05`); none for a law cited by name ("Luật Đất đai"). */
  number?: string
  /** The kind in words: Quyết định, Nghị quyết, Nghị định, … */
  kind: string
  date?: string
  issuer?: string
  title?: string
}

/** An office a person is said to hold, as the article states it. */
export interface PositionAttrs {
  /** The office as written, e.g. "Phó Bí thư Thường trực Tỉnh ủy". */
  title: string
  /** The office without its organization, e.g. "Phó Bí thư Thường trực". */
  role: string
  /** Canonical name of the organization, completed from context when the text leaves it implicit. */
  organization?: string
  organizationInferred?: boolean
  start: number
  end: number
}

export interface EventAttrs {
  kind: string
  date?: string
  place?: string
}

export interface Candidate {
  type: EntityType
  /** Offsets into the article's cleaned text: text.slice(start, end) is the mention. */
  start: number
  end: number
  /** Canonical name of the entity this mention refers to. */
  name: string
  /** Id of the rule that produced the candidate, e.g. `date.day-month-year`. */
  rule: string
  /** The lexicon entry the rule used, as `lexicon:entry`. */
  lexicon?: string
  /** Rule `model`: how sure the tagger is of the mention, from 0 to 1. */
  score?: number
  date?: DateAttrs
  document?: LegalDocumentAttrs
  positions?: PositionAttrs[]
  /** LOCATION: the administrative unit in force at the article's date. */
  admin?: AdminUnit
  /** LOCATION: ISO 3166-1 alpha-2 code of a country. */
  country?: string
  /** ORGANIZATION: the short form written in the text, e.g. UBND. */
  abbreviation?: string
  event?: EventAttrs
  /** Read from its context against what its words alone say: it replaces a candidate of another type
   * on the same words ("Bologna", a city, is the club in "Crotone 0-2 Bologna"). */
  overrides?: boolean
}

/** What every recognizer sees of an article. */
export interface RecognizerInput {
  /** The cleaned text (NFC). */
  text: string
  /** Publication date, ISO 8601, possibly partial (`2022-01`), or null when unknown. */
  published: string | null
}
