// Small article records for the report's tests, written by hand so that every offset is plain to see.
import type { Article, Entity } from '../../pipeline/index.js'

/** A record of `text` with the entities of `found`: [type, mention text, fields], each found at the
 * first place of its mention text at or after the previous one's start. */
export function makeRecord(text: string, found: [Entity['type'], string, Partial<Entity>?][], fields: Partial<Article> = {}): Article {
  let from = 0
  const entities = found.map(([type, mention, extra], i): Entity => {
    const start = text.indexOf(mention, from)
    if (start < 0) throw new Error(`not in the text: ${mention}`)
    from = start
    return { id: `${type.slice(0, 3).toLowerCase()}_${i}`, type, name: mention, mentions: [{ text: mention, start, end: start + mention.length, rule: `${type.toLowerCase()}.rule` }], ...extra }
  })
  return {
    id: 'art_1',
    schema_version: '1.2.0',
    source: { path: 'a.txt', sha256: '0'.repeat(64), format: 'text', encoding: 'utf-8', encoding_confidence: 1 },
    publication: null,
    published: '2024-02',
    title: null,
    lead: null,
    authors: [],
    text,
    sections: [{ kind: 'paragraph', start: 0, end: text.length }],
    entities,
    warnings: [],
    ...fields,
  }
}
