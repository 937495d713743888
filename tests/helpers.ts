// Shared assertions: every offset a record holds must point into its text.
import { expect } from 'vitest'
import type { Article } from '../pipeline/index.js'

export function expectOffsetsInText(record: Article): void {
  const { text } = record
  for (const s of record.sections) expect(s.end).toBeLessThanOrEqual(text.length)
  for (const a of record.authors) if (a.text !== undefined) expect(text.slice(a.start, a.end)).toBe(a.text)
  for (const e of record.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    for (const p of e.positions ?? []) if (p.start !== undefined) expect(text.slice(p.start, p.end)).toBe(p.title)
  }
  if (record.publication?.start !== undefined) expect(text.slice(record.publication.start, record.publication.end)).toBe(record.publication.tag)
}
