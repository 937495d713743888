import { describe, expect, it } from 'vitest'
import { extractWithRules } from '../helpers.js'

const events = (body: string) =>
  extractWithRules(`Tin địa phương\n\n${body}`)
    .entities.filter((e) => e.type === 'EVENT')
    .map((e) => e.mentions.map((m) => m.text))

describe('events', () => {
  it('names a congress with its ordinal', () => {
    expect(events('Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XI diễn ra trong ba ngày.')).toEqual([['Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XI']])
  })

  it('does not run into the document a conference is about', () => {
    const record = extractWithRules('Tin địa phương\n\nSáng 13/1, Tỉnh ủy tổ chức Hội nghị triển khai Nghị quyết số 15-NQ/TW của Bộ Chính trị.')
    expect(record.entities.filter((e) => e.type === 'EVENT').map((e) => e.name)).toEqual(['Hội nghị'])
    expect(record.entities.filter((e) => e.type === 'LEGAL_DOCUMENT').map((e) => e.mentions[0]!.text)).toEqual(['Nghị quyết số 15-NQ/TW'])
  })
})
