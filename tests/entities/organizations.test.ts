// Organizations: heads, names, parent bodies, places, short forms (examples written for these tests).
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'
import { expectOffsetsInText } from '../helpers.js'

const orgs = (text: string): Array<[string, string[]]> => {
  const record = extractArticle(` date 2023-03 ${text}`)
  expectOffsetsInText(record)
  return record.entities.filter((e) => e.type === 'ORGANIZATION').map((o) => [o.name, o.mentions.map((m) => m.text)])
}

describe('organizations', () => {
  it('spells short forms out and writes the place with its type', () => {
    expect(orgs('UBND TP Hà Nội và Sở KH-ĐT họp.')).toEqual([
      ['Ủy ban nhân dân thành phố Hà Nội', ['UBND TP Hà Nội']],
      // The only province the article names is the department's.
      ['Sở Kế hoạch và Đầu tư thành phố Hà Nội', ['Sở KH-ĐT']],
    ])
  })

  it('reads ministries and departments whose names hold commas and dashes', () => {
    expect(orgs('Bộ Văn hóa, Thể thao và Du lịch và Bộ Lao động - Thương binh và Xã hội ký kết.').map(([n]) => n)).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Lao động - Thương binh và Xã hội',
    ])
  })

  it('finds a parent body inside a body’s name', () => {
    expect(orgs('Văn phòng Chính phủ và Ban Tuyên giáo Thành ủy Hải Phòng phối hợp.').map(([n]) => n)).toEqual([
      'Văn phòng Chính phủ',
      'Ban Tuyên giáo Thành ủy Hải Phòng',
      'Thành ủy Hải Phòng',
    ])
  })

  it('completes a body written without its place from the article’s province', () => {
    const found = orgs('Tỉnh Quảng Trị đón Tết. Chủ tịch UBND tỉnh Quảng Trị dự lễ. Tỉnh ủy và UBND tỉnh đã chỉ đạo.')
    expect(found).toContainEqual(['Ủy ban nhân dân tỉnh Quảng Trị', ['UBND tỉnh Quảng Trị', 'UBND tỉnh']])
    expect(found).toContainEqual(['Tỉnh ủy Quảng Trị', ['Tỉnh ủy']])
  })

  it('leaves "UBND tỉnh" alone when the article names no province', () => {
    expect(orgs('UBND tỉnh đã chỉ đạo các sở.')).toEqual([])
  })

  it('reads company names to their legal form', () => {
    expect(orgs('Công ty Cổ phần Đầu tư và phát triển đô thị TNHH MTV được thành lập.').map(([n]) => n)).toEqual([
      'Công ty Cổ phần Đầu tư và phát triển đô thị TNHH MTV',
    ])
  })

  it('takes outlets the text credits', () => {
    expect(orgs('Theo báo Dân trí, ngày 5/2 có mưa.').map(([n]) => n)).toEqual(['Dân trí'])
  })
})
