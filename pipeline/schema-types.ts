// Generated from schemas/*.schema.json by `npm run types`. Do not edit.
/* eslint-disable */

// article.schema.json (https://trich.dev/schemas/article/1.2.0.json)
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
  schema_version: '1.2.0'
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
  /**
   * For rule `model`: how sure the name tagger is of the mention, from 0 to 1.
   */
  score?: number
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

// manifest.schema.json (https://trich.dev/schemas/manifest/1.4.0.json)
/**
 * What a drop run read and wrote: every input file with its outcome, the output files with their hashes, and what made them (pipeline version, stages, schemas). Holds no time stamps, so the same input gives the same bytes. A run that was stopped (SIGINT, SIGTERM) writes a short manifest with status `interrupted`: its counts so far and the files left, which the next run on the drop takes up.
 */
export interface Manifest {
  schema_version: '1.4.0'
  status: 'complete' | 'interrupted'
  /**
   * For an interrupted run: the files not yet processed.
   */
  pending?: number
  /**
   * The name of the drop's outputs (`<out>/<drop>/`): its folder's name, or the name the run was given.
   */
  drop: string
  /**
   * The drop's folder, as a real path: a run refuses to write over the outputs of another drop of the same name.
   */
  source: string
  pipeline: {
    name: 'trich'
    version: string
    /**
     * The name tagger the entities stage ran (absent with --no-model): its format, the sha256 of its file and of the data it was trained on.
     */
    model?: {
      format: string
      sha256: string
      training_sha256: string
    }
    /**
     * The stages in the order they ran, each with the value of every option it was run with.
     */
    stages: {
      name: string
      options: {
        [k: string]: number | string | boolean | undefined
      }
    }[]
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
     * Files listed but not read: hidden ones, and links that leave the drop.
     */
    files_skipped: number
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
    /**
     * `skipped`: not read, for the `reason` given (a hidden file, a link out of the drop).
     */
    outcome: 'ok' | 'quarantined' | 'skipped'
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

// quarantine.schema.json (https://trich.dev/schemas/quarantine/1.0.0.json)
/**
 * One line of a drop's `quarantine.jsonl`: an input (a file, or a line of a JSON Lines file) that could not be processed, with where it failed and why. Its article is not in `articles.jsonl`; the manifest's entry for the file says the same.
 */
export interface QuarantineEntry {
  /**
   * The input file, relative to the drop, `/`-separated.
   */
  path: string
  /**
   * The line of a JSON Lines file (1-based).
   */
  line?: number
  /**
   * The file's (or the line's) content hash, when it could be read.
   */
  sha256?: string
  /**
   * The stage the input failed in (read, decode, worker, …).
   */
  stage: string
  /**
   * What failed, as a short name (unreadable, too-large, time-budget, …).
   */
  rule: string
  /**
   * The failure, as a sentence.
   */
  reason: string
}

// table-articles.schema.json (https://trich.dev/schemas/tables/articles/1.0.0.json)
/**
 * Table `articles`: one row per article record of a drop. Key: article_id.
 */
export interface ArticlesRow {
  /**
   * The record's `id`.
   */
  article_id: string
  /**
   * Path of the source file relative to its drop, with / separators.
   */
  source_path: string
  /**
   * For JSON Lines: the 1-based line of the article; else null.
   */
  source_line: number | null
  /**
   * Hash of the source bytes (for JSON Lines, of the line).
   */
  source_sha256: string
  /**
   * The source's format.
   */
  source_format: 'text' | 'html' | 'jsonl'
  /**
   * The encoding the source was decoded from, e.g. utf-8.
   */
  encoding: string
  /**
   * How sure the decoder is of the encoding: 1 for a byte-order mark or valid UTF-8, less for a guess.
   */
  encoding_confidence: number
  /**
   * The article's address, when the source gives it; else null.
   */
  url: string | null
  /**
   * The id the source gave the article (JSON Lines `id`), or null.
   */
  original_id: string | null
  /**
   * Name of the outlet that published the article, when the text names it.
   */
  publication: string | null
  /**
   * Publication date, ISO 8601, as precise as the source says (2022, 2022-01, 2022-01-13), or null.
   */
  published: string | null
  /**
   * The article's title, or null.
   */
  title: string | null
  /**
   * The article's lead paragraph, or null.
   */
  lead: string | null
  /**
   * The authors' names, in the order of the byline.
   */
  authors: string[]
  /**
   * Length of the record's text in UTF-16 code units, the unit of every offset.
   */
  text_length: number
  /**
   * Distinct entities the article mentions.
   */
  entity_count: number
  /**
   * Mentions of entities in the article (its rows of `mentions`).
   */
  mention_count: number
  /**
   * Warnings the record carries.
   */
  warning_count: number
  /**
   * The id of an earlier article of the same drop whose source has the same content, or null.
   */
  duplicate_of: string | null
}

// table-document_citations.schema.json (https://trich.dev/schemas/tables/document_citations/1.0.0.json)
/**
 * Table `document_citations`: one row per place an article cites a legal document, with what the article says of the document (the same on each of its citations there). Key: article_id, document_id, start.
 */
export interface DocumentCitationsRow {
  /**
   * The citing article.
   */
  article_id: string
  /**
   * The document cited (`legal_documents`).
   */
  document_id: string
  /**
   * Offset of the citation in the article's text (UTF-16 code units).
   */
  start: number
  /**
   * Offset just past the citation.
   */
  end: number
  /**
   * The citation as written, e.g. `Quyết định số 23-QĐ/TW`.
   */
  text: string
  /**
   * The date of issue the article gives, ISO 8601, or null.
   */
  issued: string | null
  /**
   * The issuer the article names, or else the one the number's code stands for (TW, CP), or null.
   */
  issuer: string | null
  /**
   * The document's title as the article gives it, or null.
   */
  title: string | null
}

// table-entities.schema.json (https://trich.dev/schemas/tables/entities/1.0.0.json)
/**
 * Table `entities`: one row per distinct entity, by its stable id (a hash of its type and folded canonical name, the same in every article and drop). A row holds only what the id determines, so any article's row for an entity is the same; what an article says of an entity (a place's administrative unit at the article's date, a date's inferred year, an event's date and place) is on that article's `mentions`, a document's date of issue, issuer and title on its `document_citations`. Key: entity_id.
 */
export interface EntitiesRow {
  /**
   * Stable id: the type's prefix and a hash of the type and the folded canonical name.
   */
  entity_id: string
  /**
   * The entity's type.
   */
  type: 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'DATE' | 'LEGAL_DOCUMENT' | 'EVENT'
  /**
   * Canonical name (for a date, its ISO value; for a document, its number, or its kind and number when the number is short).
   */
  name: string
  /**
   * LOCATION that is a country: its ISO 3166-1 alpha-2 code; else null.
   */
  country: string | null
  /**
   * DATE: ISO 8601 (2022-01-13, 2021-07, 2021, --01-13, 2022-Q1, 2021/2026); else null.
   */
  date_value: string | null
  /**
   * DATE: how precise the value is; else null.
   */
  date_precision: 'day' | 'month' | 'quarter' | 'year' | 'range' | null
  /**
   * LEGAL_DOCUMENT: the number as written, e.g. 23-QĐ/TW; else null.
   */
  document_number: string | null
  /**
   * LEGAL_DOCUMENT: Quyết định, Nghị quyết, …; else null.
   */
  document_kind: string | null
  /**
   * EVENT: đại hội, hội nghị, …; else null.
   */
  event_kind: string | null
}

// table-legal_documents.schema.json (https://trich.dev/schemas/tables/legal_documents/1.1.0.json)
/**
 * Table `legal_documents`: one row per distinct legal document, by its entity id. A document is its number and its issuer (28/2017/QĐ-UBND of two provinces is two documents), or, for a law named without a number, its name. A row holds only what the id determines; the date of issue, the issuer as each article writes it and the title are on its `document_citations`. Key: document_id.
 */
export interface LegalDocumentsRow {
  /**
   * The document's entity id (`entities`).
   */
  document_id: string
  /**
   * The number as written, e.g. 23-QĐ/TW, or null.
   */
  number: string | null
  /**
   * The kind of document: Quyết định, Nghị quyết, Nghị định, Luật, …
   */
  kind: string
  /**
   * The issuer, where it is part of the document's identity (a local body's number, a short number), as first cited; else null: what each article says of the issuer is on `document_citations`.
   */
  issuer: string | null
  /**
   * The document's name: its number, its kind and short number (Chỉ thị 05), or a law's name (Luật Đất đai).
   */
  name: string
}

// table-mentions.schema.json (https://trich.dev/schemas/tables/mentions/1.0.0.json)
/**
 * Table `mentions`: one row per mention of an entity in an article, with what the article says of the entity where that depends on the article (the same on each of its mentions there). Key: article_id, start, end, entity_id.
 */
export interface MentionsRow {
  /**
   * The article the mention is in.
   */
  article_id: string
  /**
   * The entity mentioned (`entities`).
   */
  entity_id: string
  /**
   * Offset of the mention in the article's text (UTF-16 code units).
   */
  start: number
  /**
   * Offset just past the mention.
   */
  end: number
  /**
   * The mention as written: the article's text from start to end.
   */
  text: string
  /**
   * The rule that found the mention (see `trich run --explain`), or null.
   */
  rule: string | null
  /**
   * The section that holds the mention (`sections`), or null when none holds it whole.
   */
  section_ordinal: number | null
  /**
   * That section's kind, or null.
   */
  section_kind: 'title' | 'dateline' | 'lead' | 'paragraph' | 'heading' | 'caption' | 'byline' | null
  /**
   * DATE: true when part of the value (the year) was taken from the article's publication date; else null.
   */
  date_inferred: boolean | null
  /**
   * LOCATION: code of the administrative unit the name stands for at the article's date; null when it is none or cannot be told.
   */
  admin_code: string | null
  /**
   * LOCATION: level of that unit; else null.
   */
  admin_level: 'province' | 'district' | 'commune' | null
  /**
   * LOCATION: the period of that unit's code, `pre-2025` (before the 1 July 2025 merger) or `2025`; else null.
   */
  admin_period: 'pre-2025' | '2025' | null
  /**
   * LOCATION: for a district or commune, the code of its province; else null.
   */
  admin_province_code: string | null
  /**
   * EVENT: when the article says it takes place, ISO 8601; else null.
   */
  event_date: string | null
  /**
   * EVENT: where the article says it takes place; else null.
   */
  event_place: string | null
}

// table-person_positions.schema.json (https://trich.dev/schemas/tables/person_positions/1.0.0.json)
/**
 * Table `person_positions`: one row per office an article says a person holds. Key: article_id, person_id, title.
 */
export interface PersonPositionsRow {
  /**
   * The article that states the office.
   */
  article_id: string
  /**
   * The person (`entities`).
   */
  person_id: string
  /**
   * The office as the article states it, e.g. `Phó Bí thư Thường trực Tỉnh ủy`.
   */
  title: string
  /**
   * The office without its organization, e.g. `Phó Bí thư Thường trực`, or null.
   */
  role: string | null
  /**
   * Canonical name of the organization the office belongs to, or null.
   */
  organization: string | null
  /**
   * The id an ORGANIZATION entity of that name has, or null. The article need not mention the organization apart from the office (a country, a company), so `entities` may have no row for it.
   */
  organization_id: string | null
  /**
   * Whether the organization was completed from context (e.g. the article's province); null when there is no organization.
   */
  organization_inferred: boolean | null
  /**
   * Offset of the office's title in the article's text (UTF-16 code units), or null.
   */
  start: number | null
  /**
   * Offset just past the title, or null.
   */
  end: number | null
  /**
   * The article's publication date, ISO 8601 (2022, 2022-01, 2022-01-13): when the office was reported held; null when unknown.
   */
  reported: string | null
}

// table-sections.schema.json (https://trich.dev/schemas/tables/sections/1.0.0.json)
/**
 * Table `sections`: one row per section of an article, in the order of the text. Key: article_id, ordinal.
 */
export interface SectionsRow {
  /**
   * The article the section belongs to.
   */
  article_id: string
  /**
   * 0-based position of the section in its article.
   */
  ordinal: number
  /**
   * What the section is.
   */
  kind: 'title' | 'dateline' | 'lead' | 'paragraph' | 'heading' | 'caption' | 'byline'
  /**
   * Offset of the section in the article's text (UTF-16 code units).
   */
  start: number
  /**
   * Offset just past the section.
   */
  end: number
  /**
   * The section's text: the article's text from start to end.
   */
  text: string
}
