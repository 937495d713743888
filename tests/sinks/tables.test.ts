// The normalized tables: the rows one article record gives each table, exactly; every row valid against
// its table's schema; an entity's row the same whichever article it comes from.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validate } from '../../pipeline/schemas.js'
import { TABLES, TABLE_KEYS, tableRows, tableSchemaIds, type TableName, type TableRows } from '../../pipeline/sinks/tables.js'
import { extractWithRules } from '../helpers.js'

const OFFICIAL = `date 2022-03-20 Chiều 19/3, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW ngày 13/1/2022 của Bộ Chính trị.

Hội nghị diễn ra tại thành phố Vinh.

HOÀNG LAM`

// Three years on, after the 2025 merger of provinces: the same official, province and resolution.
const LATER = 'date 2025-08-10 Sáng 9/8, Ban Thường vụ Tỉnh ủy Nghệ An làm việc với đồng chí Thái Thanh Quý về Nghị quyết số 15-NQ/TW.'

const ART = 'art_ab9cf1d0952a524d7bb5'
const PERSON = 'per_a17a8b1fa81fa9a7'
const PROVINCIAL_COMMITTEE = 'org_b4c487f6a9a111af'
const NGHE_AN = 'loc_bca492487e96071e'
const RESOLUTION = 'doc_8ee3e54b694515df'

const NO_ATTRIBUTES = { country: null, date_value: null, date_precision: null, document_number: null, document_kind: null, event_kind: null }
const SAID_OF_NOTHING = { date_inferred: null, admin_code: null, admin_level: null, admin_period: null, admin_province_code: null, event_date: null, event_place: null }
const IN_LEAD = { article_id: ART, section_ordinal: 0, section_kind: 'lead' }
const IN_PARAGRAPH = { article_id: ART, section_ordinal: 1, section_kind: 'paragraph' }

function validRows(rows: TableRows): void {
  const ids = tableSchemaIds()
  for (const table of TABLES) for (const row of rows[table]) expect(validate(ids[table], row), `${table} ${JSON.stringify(row)}`).toEqual([])
}

describe('tableRows', () => {
  // Before, such an office's organization_id named no row: 9 of the dev set's offices, 10 of the general set's.
  it('makes an office’s organization that the article names only within the office an entity, without a mention', () => {
    const rows = tableRows(extractWithRules('Sáng 5/3, ông Nguyễn Văn Hùng, Chủ tịch HĐTV, Tổng Giám đốc Becamex IDC cho rằng dự án sẽ sớm hoàn thành.'))
    expect(rows.person_positions.map((p) => [p.title, p.organization, p.organization_id])).toEqual([
      ['Chủ tịch HĐTV', 'HĐTV', 'org_cd9d4e9e51db6ad0'],
      ['Tổng Giám đốc Becamex IDC', 'Becamex IDC', 'org_b799b57aec8e1217'],
    ])
    const none = { country: null, date_value: null, date_precision: null, document_number: null, document_kind: null, event_kind: null }
    expect(rows.entities.slice(-2)).toEqual([
      { entity_id: 'org_cd9d4e9e51db6ad0', type: 'ORGANIZATION', name: 'HĐTV', ...none },
      { entity_id: 'org_b799b57aec8e1217', type: 'ORGANIZATION', name: 'Becamex IDC', ...none },
    ])
    expect(rows.mentions.map((m) => m.entity_id)).toEqual(['dat_1f5d74f3abe768c2', 'per_1f845bf7e36de745'])
  })

  it('gives an article one row, and a row per section, entity, mention, office, document and citation', () => {
    expect(tableRows(extractWithRules(OFFICIAL))).toEqual({
      articles: [
        {
          article_id: ART,
          source_path: 'article.txt',
          source_line: null,
          source_sha256: 'e6793e13951b4fa7db28577515f0bd78ac430003536d10f0515bae471c895557',
          source_format: 'text',
          encoding: 'utf-8',
          encoding_confidence: 1,
          url: null,
          original_id: null,
          publication: null,
          published: '2022-03-20',
          title: null,
          lead: 'Chiều 19/3, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW ngày 13/1/2022 của Bộ Chính trị.',
          authors: ['Hoàng Lam'],
          text_length: 176,
          entity_count: 9,
          mention_count: 9,
          warning_count: 0,
          duplicate_of: null,
        },
      ],
      sections: [
        { article_id: ART, ordinal: 0, kind: 'lead', start: 0, end: 127, text: 'Chiều 19/3, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW ngày 13/1/2022 của Bộ Chính trị.' },
        { article_id: ART, ordinal: 1, kind: 'paragraph', start: 129, end: 165, text: 'Hội nghị diễn ra tại thành phố Vinh.' },
        { article_id: ART, ordinal: 2, kind: 'byline', start: 167, end: 176, text: 'HOÀNG LAM' },
      ],
      entities: [
        { ...NO_ATTRIBUTES, entity_id: 'dat_edc1f29e67a27279', type: 'DATE', name: '2022-03-19', date_value: '2022-03-19', date_precision: 'day' },
        { ...NO_ATTRIBUTES, entity_id: PERSON, type: 'PERSON', name: 'Thái Thanh Quý' },
        { ...NO_ATTRIBUTES, entity_id: PROVINCIAL_COMMITTEE, type: 'ORGANIZATION', name: 'Tỉnh ủy Nghệ An' },
        { ...NO_ATTRIBUTES, entity_id: NGHE_AN, type: 'LOCATION', name: 'Nghệ An' },
        { ...NO_ATTRIBUTES, entity_id: RESOLUTION, type: 'LEGAL_DOCUMENT', name: '15-NQ/TW', document_number: '15-NQ/TW', document_kind: 'Nghị quyết' },
        { ...NO_ATTRIBUTES, entity_id: 'dat_1eb426fc1294c43e', type: 'DATE', name: '2022-01-13', date_value: '2022-01-13', date_precision: 'day' },
        { ...NO_ATTRIBUTES, entity_id: 'org_7e8bb4626acaab68', type: 'ORGANIZATION', name: 'Bộ Chính trị' },
        { ...NO_ATTRIBUTES, entity_id: 'evt_93fa04400fc082c8', type: 'EVENT', name: 'Hội nghị', event_kind: 'hội nghị' },
        { ...NO_ATTRIBUTES, entity_id: 'loc_85eb376e52ee0cf1', type: 'LOCATION', name: 'Vinh' },
      ],
      mentions: [
        // The year of "19/3" is the publication's.
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: 'dat_edc1f29e67a27279', start: 0, end: 10, text: 'Chiều 19/3', rule: 'date.day-month', date_inferred: true },
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: PERSON, start: 21, end: 35, text: 'Thái Thanh Quý', rule: 'person.after-honorific' },
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: PROVINCIAL_COMMITTEE, start: 45, end: 60, text: 'Tỉnh ủy Nghệ An', rule: 'organization.head' },
        // In March 2022 Nghệ An is province 40 of the units before the merger.
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: NGHE_AN, start: 53, end: 60, text: 'Nghệ An', rule: 'location.province-name', admin_code: '40', admin_level: 'province', admin_period: 'pre-2025' },
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: RESOLUTION, start: 72, end: 94, text: 'Nghị quyết số 15-NQ/TW', rule: 'document.numbered-party' },
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: 'dat_1eb426fc1294c43e', start: 95, end: 109, text: 'ngày 13/1/2022', rule: 'date.day-month-year', date_inferred: false },
        { ...IN_LEAD, ...SAID_OF_NOTHING, entity_id: 'org_7e8bb4626acaab68', start: 114, end: 126, text: 'Bộ Chính trị', rule: 'organization.head' },
        { ...IN_PARAGRAPH, ...SAID_OF_NOTHING, entity_id: 'evt_93fa04400fc082c8', start: 129, end: 137, text: 'Hội nghị', rule: 'event.head', event_place: 'Vinh' },
        { ...IN_PARAGRAPH, ...SAID_OF_NOTHING, entity_id: 'loc_85eb376e52ee0cf1', start: 150, end: 164, text: 'thành phố Vinh', rule: 'location.admin-prefix' },
      ],
      person_positions: [
        {
          article_id: ART,
          person_id: PERSON,
          title: 'Bí thư Tỉnh ủy Nghệ An',
          role: 'Bí thư',
          organization: 'Tỉnh ủy Nghệ An',
          organization_id: PROVINCIAL_COMMITTEE,
          organization_inferred: false,
          start: 38,
          end: 60,
          reported: '2022-03-20',
        },
      ],
      legal_documents: [{ document_id: RESOLUTION, number: '15-NQ/TW', kind: 'Nghị quyết', issuer: null, name: '15-NQ/TW' }],
      document_citations: [
        { article_id: ART, document_id: RESOLUTION, start: 72, end: 94, text: 'Nghị quyết số 15-NQ/TW', issued: '2022-01-13', issuer: 'Bộ Chính trị', title: null },
      ],
    })
  })

  it('gives rows that are valid against their tables’ schemas', () => {
    validRows(tableRows(extractWithRules(OFFICIAL)))
    validRows(tableRows(extractWithRules(LATER)))
  })

  it('gives an entity the same id and the same row in every article; what an article says of it goes with the article', () => {
    const first = tableRows(extractWithRules(OFFICIAL))
    const later = tableRows(extractWithRules(LATER))
    const shared = [PERSON, PROVINCIAL_COMMITTEE, NGHE_AN, RESOLUTION]
    const byId = (rows: TableRows) => Object.fromEntries(rows.entities.filter((e) => shared.includes(e.entity_id)).map((e) => [e.entity_id, e]))
    expect(Object.keys(byId(later))).toHaveLength(4)
    expect(byId(later)).toEqual(byId(first))
    expect(later.legal_documents).toEqual(first.legal_documents)
    // Since 1 July 2025 the name stands for unit 40 of the new period.
    expect(later.mentions.find((m) => m.entity_id === NGHE_AN)).toMatchObject({ admin_code: '40', admin_level: 'province', admin_period: '2025' })
    // The later article gives no date of issue, and names no issuer: the number's TW stands for one.
    expect(later.document_citations).toEqual([
      { article_id: 'art_4e357490f87239c3d3b1', document_id: RESOLUTION, start: 80, end: 102, text: 'Nghị quyết số 15-NQ/TW', issued: null, issuer: 'Trung ương Đảng', title: null },
    ])
  })

  it('gives the same rows in the same order however the record orders its entities', () => {
    const record = extractWithRules(OFFICIAL)
    expect(tableRows({ ...record, entities: [...record.entities].reverse() })).toEqual(tableRows(record))
  })

  it('gives the seed article rows that are valid, unique by key, and whose offsets slice its text', () => {
    const dir = new URL('../../input/sample/', import.meta.url)
    const [name] = readdirSync(dir).filter((f) => f.endsWith('.txt'))
    const record = extractWithRules(readFileSync(new URL(name!, dir)), { path: name })
    const rows = tableRows(record)
    validRows(rows)
    expect(rows.mentions).toHaveLength(record.entities.reduce((n, e) => n + e.mentions.length, 0))
    for (const m of rows.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text)
    for (const c of rows.document_citations) expect(record.text.slice(c.start, c.end)).toBe(c.text)
    for (const s of rows.sections) expect(record.text.slice(s.start, s.end)).toBe(s.text)
    for (const p of rows.person_positions) expect(record.text.slice(p.start!, p.end!)).toBe(p.title)
    for (const table of TABLES) {
      const keys = rows[table].map((row) => JSON.stringify(TABLE_KEYS[table].map((column) => row[column as keyof typeof row])))
      expect(new Set(keys).size, table).toBe(keys.length)
    }
    expect(rows.person_positions).toHaveLength(record.entities.reduce((n, e) => n + (e.positions?.length ?? 0), 0))
    // "Tỉnh ủy" alone is the committee of the province the article is about.
    expect(rows.person_positions.filter((p) => p.person_id === 'per_0a3e11e2b6e7c870')).toEqual([
      { article_id: record.id, person_id: 'per_0a3e11e2b6e7c870', title: 'Phó Bí thư Thường trực Tỉnh ủy', role: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Lâm Đồng', organization_id: 'org_bf71de16ee422452', organization_inferred: true, start: 1103, end: 1133, reported: '2022-01' },
      { article_id: record.id, person_id: 'per_0a3e11e2b6e7c870', title: 'Trưởng Đoàn Đại biểu Quốc hội khóa XV đơn vị tỉnh Lâm Đồng', role: 'Trưởng', organization: 'Đoàn Đại biểu Quốc hội tỉnh Lâm Đồng', organization_id: 'org_0720ea2358d00bbf', organization_inferred: false, start: 1135, end: 1193, reported: '2022-01' },
    ])
    expect(rows.legal_documents.map((d) => d.number)).toEqual(['23-QĐ/TW', '25-NQ/TW'])
  })
})

describe('the table contract', () => {
  const schemaOf = (table: TableName) =>
    JSON.parse(readFileSync(new URL(`../../schemas/table-${table}.schema.json`, import.meta.url), 'utf8')) as { description: string; required: string[]; properties: Record<string, unknown> }

  it('names the tables in a fixed order, each with a versioned schema', () => {
    expect(tableSchemaIds()).toEqual({
      articles: 'https://trich.dev/schemas/tables/articles/1.0.0.json',
      sections: 'https://trich.dev/schemas/tables/sections/1.0.0.json',
      entities: 'https://trich.dev/schemas/tables/entities/1.0.0.json',
      mentions: 'https://trich.dev/schemas/tables/mentions/1.0.0.json',
      person_positions: 'https://trich.dev/schemas/tables/person_positions/1.0.0.json',
      legal_documents: 'https://trich.dev/schemas/tables/legal_documents/1.1.0.json',
      document_citations: 'https://trich.dev/schemas/tables/document_citations/1.0.0.json',
    })
    expect(Object.keys(tableSchemaIds())).toEqual([...TABLES])
  })

  it.each(TABLES)('states %s’s key in its schema, and requires every column', (table) => {
    const schema = schemaOf(table)
    expect(schema.description).toMatch(new RegExp(`Key: ${TABLE_KEYS[table].join(', ')}\\.$`))
    expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).sort())
  })
})
