// Generated from schemas/*.schema.json by `npm run types`. Do not edit.
/* eslint-disable */

// article.schema.json (https://trich.dev/schemas/article/1.1.0.json)
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "entity".
 */
export type Entity = {
  /**
   * Stable across articles: a hash of the type and the folded canonical name.
   */
  id: string
  type: 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'DATE' | 'LEGAL_DOCUMENT' | 'EVENT'
  name: string
  aliases?: string[]
  /**
   * @minItems 1
   */
  mentions: [Mention, ...Mention[]]
  explain?: Explanation[]
  positions?: Position[]
  /**
   * DATE: ISO 8601 (2022-01-13, 2021-07, 2021, --01-13, 2022-Q1, 2021/2026).
   */
  value?: string
  precision?: 'day' | 'month' | 'quarter' | 'year' | 'range'
  /**
   * DATE: true when part of the value (the year) was taken from the publication date.
   */
  inferred?: boolean
  /**
   * LEGAL_DOCUMENT: the number as written, e.g. 23-QĐ/TW.
   */
  number?: string
  /**
   * LEGAL_DOCUMENT: Quyết định, Nghị quyết, …; EVENT: đại hội, hội nghị, …
   */
  kind?: string
  /**
   * LEGAL_DOCUMENT: date of issue; EVENT: when it takes place.
   */
  date?: string
  issuer?: string
  title?: string
  /**
   * EVENT: where it takes place.
   */
  place?: string
  /**
   * ORGANIZATION: the short form, e.g. UBND.
   */
  abbreviation?: string
  admin?: AdminUnit
  /**
   * LOCATION: ISO 3166-1 alpha-2 code of a country.
   */
  country?: string
}

/**
 * One article extracted by trich: its cleaned text, sections and entities. Every offset points into `text` (UTF-16 code units, as JavaScript's String#slice).
 */
export interface Article {
  /**
   * Deterministic: a hash of the source's path in its drop, its line for JSON Lines, and its content.
   */
  id: string
  schema_version: '1.1.0'
  source: Source
  /**
   * The outlet that published the article, when the text names it.
   */
  publication: null | Publication
  /**
   * Publication date, ISO 8601, as precise as the source says (2022, 2022-01, 2022-01-13).
   */
  published: null | IsoDate
  title: string | null
  lead: string | null
  authors: Author[]
  text: string
  sections: Section[]
  entities: Entity[]
  /**
   * The id of an earlier record of the same drop whose source has the same content.
   */
  duplicate_of?: string
  warnings: Warning[]
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  /**
   * Path of the file relative to its drop, with / separators.
   */
  path: string
  /**
   * For JSON Lines: the 1-based line of the article.
   */
  line?: number
  /**
   * Hash of the source bytes (for JSON Lines, of the line).
   */
  sha256: string
  format: 'text' | 'html' | 'jsonl'
  encoding: string
  /**
   * How sure the decoder is of the encoding: 1 for a byte-order mark or valid UTF-8, less for a guess (see the record's warnings).
   */
  encoding_confidence: number
  url?: string
  /**
   * The id the source gave the article (JSON Lines `id`).
   */
  original_id?: string
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "publication".
 */
export interface Publication {
  name: string
  /**
   * The tag as written, e.g. `LĐ online`.
   */
  tag?: string
  start?: number
  end?: number
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "author".
 */
export interface Author {
  name: string
  text?: string
  start?: number
  end?: number
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  kind: 'title' | 'dateline' | 'lead' | 'paragraph' | 'heading' | 'caption' | 'byline'
  start: number
  end: number
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "mention".
 */
export interface Mention {
  text: string
  start: number
  end: number
  /**
   * The rule that found this mention (see `trich run --explain`).
   */
  rule?: string
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "explanation".
 */
export interface Explanation {
  rule: string
  /**
   * The lexicon and entry that the rule used, as `lexicon:entry`.
   */
  lexicon?: string
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "position".
 */
export interface Position {
  /**
   * The office as the article states it.
   */
  title: string
  /**
   * The office without its organization, e.g. `Phó Bí thư Thường trực`.
   */
  role?: string
  /**
   * Canonical name of the organization the office belongs to.
   */
  organization?: string
  organization_id?: string
  /**
   * True when the organization was completed from context (e.g. the article's province).
   */
  organization_inferred?: boolean
  start?: number
  end?: number
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "adminUnit".
 */
export interface AdminUnit {
  code: string
  level: 'province' | 'district' | 'commune'
  name: string
  /**
   * `pre-2025` for the units before the 1 July 2025 merger, `2025` for those since.
   */
  period: 'pre-2025' | '2025'
  province_code?: string
  successors?: {
    code: string
    name: string
  }[]
  predecessors?: {
    code: string
    name: string
  }[]
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "warning".
 */
export interface Warning {
  message: string
  stage: string
  rule?: string
  start?: number
  end?: number
}
/**
 * This interface was referenced by `Article`'s JSON-Schema
 * via the `definition` "span".
 */
export interface Span {
  start: number
  end: number
}

// manifest.schema.json (https://trich.dev/schemas/manifest/1.1.0.json)
/**
 * What a drop run read and wrote: every input file with its outcome, the output files with their hashes, and what made them (pipeline version, stages, schemas). Holds no time stamps, so the same input gives the same bytes. A run that was stopped (SIGINT, SIGTERM) writes a short manifest with status `interrupted`: its counts so far and the files left, which the next run on the drop takes up.
 */
export interface Manifest {
  schema_version: '1.1.0'
  status: 'complete' | 'interrupted'
  /**
   * For an interrupted run: the files not yet processed.
   */
  pending?: number
  drop: string
  pipeline: {
    name: 'trich'
    version: string
    stages: string[]
  }
  /**
   * The `$id` of each schema the outputs follow, by name.
   */
  schemas: {
    [k: string]: string | undefined
  }
  counts: {
    files: number
    files_ok: number
    files_quarantined: number
    /**
     * Article records written.
     */
    records: number
    /**
     * Entries of quarantine.jsonl (files and JSON Lines lines).
     */
    quarantined: number
  }
  files?: {
    path: string
    size: number
    sha256: string
    format: 'text' | 'html' | 'jsonl' | 'unknown'
    outcome: 'ok' | 'quarantined'
    reason?: string
    records: string[]
    quarantined_lines?: number[]
    /**
     * An earlier file of the drop with the same bytes; both are processed, each a source of its own.
     */
    duplicate_of?: string
  }[]
  outputs?: {
    [k: string]:
      | {
          rows: number
          bytes: number
          sha256: string
          schema?: string
        }
      | undefined
  }
}
