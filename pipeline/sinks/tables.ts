// tableRows: what one article record adds to each of its drop's normalized tables. Every table has its
// schema (schemas/table-<name>.schema.json); its columns are scalars or arrays of strings, null when
// absent, so that each maps to one DuckDB type. An entity's row holds only what its id determines;
// what one article says of the entity is on that article's mentions or citations, so that whichever
// article's row is kept for an id is the same.
import { documentIdentity } from '../stages/entities/documents/document-identity.js'
import type {
  Article,
  ArticlesRow,
  DocumentCitationsRow,
  EntitiesRow,
  Entity,
  LegalDocumentsRow,
  MentionsRow,
  PersonPositionsRow,
  Section,
  SectionsRow,
} from '../schema-types.js'
import { schemaIds } from '../schemas.js'
import { bisect } from '../text/bisect.js'

export const TABLES = ['articles', 'sections', 'entities', 'mentions', 'person_positions', 'legal_documents', 'document_citations'] as const

export type TableName = (typeof TABLES)[number]

export interface TableRows {
  articles: ArticlesRow[]
  sections: SectionsRow[]
  entities: EntitiesRow[]
  mentions: MentionsRow[]
  person_positions: PersonPositionsRow[]
  legal_documents: LegalDocumentsRow[]
  document_citations: DocumentCitationsRow[]
}

/** Each table's primary key, as stated in its schema's description: the warehouse upserts by it. */
export const TABLE_KEYS: { [T in TableName]: (keyof TableRows[T][number] & string)[] } = {
  articles: ['article_id'],
  sections: ['article_id', 'ordinal'],
  entities: ['entity_id'],
  mentions: ['article_id', 'start', 'end', 'entity_id'],
  person_positions: ['article_id', 'person_id', 'title'],
  legal_documents: ['document_id'],
  document_citations: ['article_id', 'document_id', 'start'],
}

/** The tables shared by every article, whose rows hold only what their key determines (the others are
 * an article's rows, by its `article_id`): written once per drop, upserted by the warehouse. */
export const SHARED_TABLES = ['entities', 'legal_documents'] as const satisfies readonly TableName[]
export type SharedTable = (typeof SHARED_TABLES)[number]
export const isShared = (table: TableName): table is SharedTable => (SHARED_TABLES as readonly string[]).includes(table)

/** The `$id` of each table's schema, read from schemas/table-<name>.schema.json. */
export function tableSchemaIds(): Record<TableName, string> {
  const ids = schemaIds()
  return Object.fromEntries(
    TABLES.map((table) => {
      const id = ids[`table-${table}`]
      if (id === undefined) throw new Error(`trich: no schema for table ${table} (schemas/table-${table}.schema.json)`)
      return [table, id]
    }),
  ) as Record<TableName, string>
}

/** The rows of every table for one record, each table in a stable order: by offsets, then by id. */
export function tableRows(record: Article): TableRows {
  const entities = [...record.entities].sort((a, b) => a.mentions[0].start - b.mentions[0].start || compare(a.id, b.id))
  const documents = entities.filter((e) => e.type === 'LEGAL_DOCUMENT')
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => mentionRow(record, e, m)))
    .sort((a, b) => a.start - b.start || a.end - b.end || compare(a.entity_id, b.entity_id))
  const positions = positionRows(record, entities)
  return {
    articles: [articleRow(record, mentions.length)],
    sections: record.sections.map((s, ordinal) => ({ article_id: record.id, ordinal, kind: s.kind, start: s.start, end: s.end, text: record.text.slice(s.start, s.end) })),
    entities: [...entities.map(entityRow), ...officeOrganizations(positions, entities)],
    mentions,
    person_positions: positions,
    legal_documents: documents.map((e) => ({ document_id: e.id, number: e.number ?? null, kind: e.kind!, issuer: documentIdentity(e.name, e).issuer, name: e.name })),
    document_citations: documents
      .flatMap((e) =>
        e.mentions.map((m) => ({ article_id: record.id, document_id: e.id, start: m.start, end: m.end, text: m.text, issued: e.date ?? null, issuer: e.issuer ?? null, title: e.title ?? null })),
      )
      .sort((a, b) => a.start - b.start || compare(a.document_id, b.document_id)),
  }
}

function articleRow(record: Article, mentionCount: number): ArticlesRow {
  const { source } = record
  return {
    article_id: record.id,
    source_path: source.path,
    source_line: source.line ?? null,
    source_sha256: source.sha256,
    source_format: source.format,
    encoding: source.encoding,
    encoding_confidence: source.encoding_confidence,
    url: source.url ?? null,
    original_id: source.original_id ?? null,
    publication: record.publication?.name ?? null,
    published: record.published,
    title: record.title,
    lead: record.lead,
    authors: record.authors.map((a) => a.name),
    text_length: record.text.length,
    entity_count: record.entities.length,
    mention_count: mentionCount,
    warning_count: record.warnings.length,
    duplicate_of: record.duplicate_of ?? null,
  }
}

// A record's `kind` is a document's or an event's: each has its own column.
function entityRow(e: Entity): EntitiesRow {
  return {
    entity_id: e.id,
    type: e.type,
    name: e.name,
    country: e.country ?? null,
    date_value: e.value ?? null,
    date_precision: e.precision ?? null,
    document_number: e.number ?? null,
    document_kind: e.type === 'LEGAL_DOCUMENT' ? e.kind! : null,
    event_kind: e.type === 'EVENT' ? (e.kind ?? null) : null,
  }
}

function mentionRow(record: Article, e: Entity, m: Entity['mentions'][number]): MentionsRow {
  const ordinal = sectionHolding(record.sections, m.start, m.end)
  return {
    article_id: record.id,
    entity_id: e.id,
    start: m.start,
    end: m.end,
    text: m.text,
    rule: m.rule ?? null,
    section_ordinal: ordinal ?? null,
    section_kind: ordinal === undefined ? null : record.sections[ordinal]!.kind,
    date_inferred: e.inferred ?? null,
    admin_code: e.admin?.code ?? null,
    admin_level: e.admin?.level ?? null,
    admin_period: e.admin?.period ?? null,
    admin_province_code: e.admin?.province_code ?? null,
    // A document's `date` is its date of issue, which goes with its citations.
    event_date: e.type === 'EVENT' ? (e.date ?? null) : null,
    event_place: e.place ?? null,
  }
}

function positionRows(record: Article, entities: Entity[]): PersonPositionsRow[] {
  return entities
    .flatMap((e) =>
      (e.positions ?? []).map((p) => ({
        article_id: record.id,
        person_id: e.id,
        title: p.title,
        role: p.role ?? null,
        organization: p.organization ?? null,
        organization_id: p.organization_id ?? null,
        organization_inferred: p.organization === undefined ? null : p.organization_inferred === true,
        start: p.start ?? null,
        end: p.end ?? null,
        reported: record.published,
      })),
    )
    .sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) || compare(a.person_id, b.person_id) || compare(a.title, b.title))
}

// An office's organization that the article names only within the office ("Bí thư Tỉnh ủy", the province
// inferred) is an entity of its own, with no mention, so that every organization_id names a row.
function officeOrganizations(positions: PersonPositionsRow[], entities: Entity[]): EntitiesRow[] {
  const rows = new Map<string, EntitiesRow>()
  const named = new Set(entities.map((e) => e.id))
  for (const { organization_id: id, organization: name } of positions) {
    if (id === null || name === null || named.has(id) || rows.has(id)) continue
    rows.set(id, { entity_id: id, type: 'ORGANIZATION', name, country: null, date_value: null, date_precision: null, document_number: null, document_kind: null, event_kind: null })
  }
  return [...rows.values()]
}

/** The ordinal of the section that holds [start, end) whole; sections are in the order of the text. */
function sectionHolding(sections: Section[], start: number, end: number): number | undefined {
  const last = bisect(sections.length, (i) => sections[i]!.start <= start) - 1
  return last >= 0 && end <= sections[last]!.end ? last : undefined
}

// Code-unit order, the same under every locale.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
