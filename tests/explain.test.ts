import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { explainRecord, extractArticle } from '../pipeline/index.js'

describe('explain', () => {
  it('says which rule and lexicon entry produced each entity', () => {
    const path = '000_789aab3668f3f3db.txt'
    const text = explainRecord(extractArticle(readFileSync(new URL(`../input/sample/${path}`, import.meta.url)), { path }))
    expect(text).toContain('because person.after-honorific ← titles:đồng chí')
    expect(text).toContain('office "Phó Bí thư Thường trực Tỉnh ủy" → Tỉnh ủy Lâm Đồng (inferred from the article)')
    expect(text).toContain('because document.numbered-party ← document-kinds:Quyết định')
  })
})
