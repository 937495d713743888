// The sample drop's article, end to end: the record holds what the article states.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Entity } from '../../pipeline/index.js'
import { expectOffsetsInText, extractWithRules } from '../helpers.js'

const path = '000_789aab3668f3f3db.txt'
const bytes = readFileSync(new URL(`../../input/sample/${path}`, import.meta.url))
const record = extractWithRules(bytes, { path })
const ofType = (type: Entity['type']): Entity[] => record.entities.filter((e) => e.type === type)
const sectionTexts = (kind: string): string[] => record.sections.filter((s) => s.kind === kind).map((s) => record.text.slice(s.start, s.end))

describe('the seed article', () => {
  it('keeps every offset inside its text', () => {
    expectOffsetsInText(record)
  })

  it('reads publication, date, author, captions and byline', () => {
    expect(record.publication).toEqual({ name: 'Lâm Đồng online', tag: 'LĐ online', start: 1, end: 10 })
    expect(record.published).toBe('2022-01')
    expect(record.authors.map((a) => a.name)).toEqual(['Duy Danh'])
    expect(sectionTexts('caption')).toEqual([
      'Toàn cảnh hội nghị tại điểm cầu Lâm Đồng',
      'Các đồng chí chủ trì hội nghị tại điểm cầu Lâm Đồng',
    ])
    expect(sectionTexts('byline')).toEqual(['DUY DANH'])
    expect(record.text.startsWith('(LĐ online) - Sáng 13/1, Ban Dân vận Trung ương')).toBe(true)
    expect(record.source).toEqual({ path, sha256: 'd5ea85693d961b3d29400ab88266e29dcfe947f1117f8d9ba524470598faef6d', format: 'text', encoding: 'utf-8', encoding_confidence: 1 })
  })

  it('finds the eight officials with the offices the article gives them', () => {
    const people = Object.fromEntries(ofType('PERSON').map((p) => [p.name, (p.positions ?? []).map((x) => x.title)]))
    expect(people).toEqual({
      'Võ Văn Thưởng': ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư Trung ương Đảng'],
      'Đỗ Văn Chiến': ['Bí thư Trung ương Đảng', 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam'],
      'Lê Minh Khái': ['Bí thư Trung ương Đảng', 'Phó Thủ tướng Chính phủ'],
      'Bùi Thị Minh Hoài': ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng', 'Trưởng Ban Dân vận Trung ương'],
      'Phạm Tất Thắng': ['Phó Trưởng Ban Thường trực'],
      'Nguyễn Lam': ['Phó Trưởng Ban Dân vận Trung ương'],
      'Trần Đình Văn': ['Phó Bí thư Thường trực Tỉnh ủy', 'Trưởng Đoàn Đại biểu Quốc hội khóa XV đơn vị tỉnh Lâm Đồng'],
      'Phạm Thị Phúc': ['Ủy viên Ban Thường vụ', 'Trưởng Ban Dân vận Tỉnh ủy'],
    })
  })

  it('resolves the Tỉnh ủy of an office to the article’s province, marked as inferred', () => {
    const van = ofType('PERSON').find((p) => p.name === 'Trần Đình Văn')!
    expect(van.positions![0]).toMatchObject({ title: 'Phó Bí thư Thường trực Tỉnh ủy', organization: 'Tỉnh ủy Lâm Đồng', organization_inferred: true })
  })

  it('finds the two numbered Party documents with their dates and issuers', () => {
    const docs = ofType('LEGAL_DOCUMENT').map(({ number, kind, date, issuer, title }) => ({ number, kind, date, issuer, title }))
    expect(docs).toEqual([
      { number: '23-QĐ/TW', kind: 'Quyết định', date: '2021-07-30', issuer: 'Bộ Chính trị', title: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị' },
      { number: '25-NQ/TW', kind: 'Nghị quyết', date: '2013-06-03', issuer: 'Ban Chấp hành Trung ương Đảng (khóa XI)', title: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới' },
    ])
  })

  it('resolves dates against the publication date', () => {
    const dates = Object.fromEntries(ofType('DATE').map((d) => [d.mentions[0].text, [d.value, d.inferred]]))
    expect(dates['Sáng 13/1']).toEqual(['2022-01-13', true])
    expect(dates['ngày 30/7/2021']).toEqual(['2021-07-30', false])
    expect(dates['ngày 03/6/2013']).toEqual(['2013-06-03', false])
    expect(dates['năm 2021']).toEqual(['2021', false])
    expect(dates['năm 2022']).toEqual(['2022', false])
    expect(Object.keys(dates).some((t) => /sáng tạo/i.test(t))).toBe(false)
  })
})
