import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../pipeline/index.js'
import { isoDatePart } from '../../pipeline/stages/metadata.js'

const byline = (line: string): { authors: string[]; publication: string | null } => {
  const r = extractArticle(`Tiêu đề bài báo\n\nĐoạn thứ nhất của bài báo.\nĐoạn thứ hai của bài báo.\n${line}`)
  return { authors: r.authors.map((a) => a.name), publication: r.publication?.name ?? null }
}

describe('bylines', () => {
  it('splits co-authors and keeps credits apart', () => {
    expect(byline('Phi Long - Phương Dung')).toEqual({ authors: ['Phi Long', 'Phương Dung'], publication: null })
    expect(byline('Vân Thiêng, Diệu Linh/VOV-Trung tâm Tin')).toEqual({ authors: ['Vân Thiêng', 'Diệu Linh'], publication: 'Đài Tiếng nói Việt Nam' })
    expect(byline('Theo Quang Phong ( Dân Trí)')).toEqual({ authors: ['Quang Phong'], publication: 'Dân trí' })
  })

  it('takes an agency for the publication, never for an author', () => {
    expect(byline('Theo TTXVN')).toEqual({ authors: [], publication: 'Thông tấn xã Việt Nam' })
  })

  it('reads the credits of general news: sources in brackets, compilers, photo credits, outlets after "Theo"', () => {
    expect(byline('Gia Nhi (theo BBC)')).toEqual({ authors: ['Gia Nhi'], publication: 'BBC' })
    expect(byline('Hữu Nam Tổng hợp')).toEqual({ authors: ['Hữu Nam'], publication: null })
    expect(byline('Bài, ảnh: Duy Biên')).toEqual({ authors: ['Duy Biên'], publication: null })
    expect(byline('Hùng Cường/VOV.VN Hùng Cường/VOV.VN')).toEqual({ authors: ['Hùng Cường'], publication: 'Đài Tiếng nói Việt Nam' })
    expect(byline('Theo Đời sống Plus')).toEqual({ authors: [], publication: 'Đời sống Plus' })
    expect(byline('Nguồn: VITIC/Reuters')).toEqual({ authors: [], publication: 'VITIC' })
  })

  it('title-cases names written in capitals', () => {
    expect(byline('KHÁNH VŨ').authors).toEqual(['Khánh Vũ'])
  })
})

describe('publication dates from sources', () => {
  it('keeps the date as written, to the precision given', () => {
    expect(isoDatePart('2022-01-13T08:30:00+07:00')).toBe('2022-01-13')
    expect(isoDatePart('2022-01')).toBe('2022-01')
    expect(isoDatePart('13/01/2022')).toBe('2022-01-13')
    expect(isoDatePart('hôm qua')).toBeNull()
    expect(isoDatePart('2047-26')).toBeNull()
    expect(isoDatePart('31/02/2022')).toBeNull()
    expect(isoDatePart('29/02/2024')).toBe('2024-02-29')
  })
})
