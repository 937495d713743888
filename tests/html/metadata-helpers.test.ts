import { describe, expect, it } from 'vitest'
import { readNames } from '../../pipeline/stages/html/read-names.js'
import { stripSiteName } from '../../pipeline/stages/html/strip-site-name.js'
import { toIsoDate } from '../../pipeline/stages/html/to-iso-date.js'

describe('toIsoDate', () => {
  it('keeps the day as written, whatever the zone', () => {
    expect(toIsoDate('2022-01-13T08:30:00+07:00')).toBe('2022-01-13')
    expect(toIsoDate('2021-07-31T06:30:00+07:00')).toBe('2021-07-31')
    expect(toIsoDate('2021-12-31T23:30:00-05:00')).toBe('2021-12-31')
    expect(toIsoDate(' 2022/1/5 ')).toBe('2022-01-05')
  })

  it('reads day-first dates and partial dates', () => {
    expect(toIsoDate('13/01/2022 08:30')).toBe('2022-01-13')
    expect(toIsoDate('Thứ bảy, 31/7/2021, 06:30 (GMT+7)')).toBe('2021-07-31')
    expect(toIsoDate('2022-01')).toBe('2022-01')
    expect(toIsoDate('2022')).toBe('2022')
  })

  it('rejects what is not a date', () => {
    expect(toIsoDate('2022-02-30')).toBe(null)
    expect(toIsoDate('2022-13-01')).toBe(null)
    expect(toIsoDate('20220113')).toBe(null)
    expect(toIsoDate('hôm qua')).toBe(null)
    expect(toIsoDate('')).toBe(null)
  })
})

describe('stripSiteName', () => {
  it("cuts the site's name, an outlet-like name or a domain after the last separator", () => {
    expect(stripSiteName('Khai mạc Hội chợ - Tin Nhanh Phố Núi', 'Tin Nhanh Phố Núi')).toBe('Khai mạc Hội chợ')
    expect(stripSiteName('Khai mạc Hội chợ - Báo Đồi Thông', null)).toBe('Khai mạc Hội chợ')
    expect(stripSiteName('Khai mạc Hội chợ | Cổng thông tin điện tử tỉnh', null)).toBe('Khai mạc Hội chợ')
    expect(stripSiteName('Khai mạc Hội chợ | baodoithong.vn', null)).toBe('Khai mạc Hội chợ')
  })

  it('keeps a title whose dash is part of the headline', () => {
    expect(stripSiteName('Đồng chí Trần Đình Văn - Phó Bí thư Thường trực Tỉnh ủy thăm chúc Tết', null)).toBe(
      'Đồng chí Trần Đình Văn - Phó Bí thư Thường trực Tỉnh ủy thăm chúc Tết',
    )
    expect(stripSiteName('  ', null)).toBe(null)
  })
})

describe('readNames', () => {
  it('reads the names of a byline', () => {
    expect(readNames('Thu Hà')).toEqual(['Thu Hà'])
    expect(readNames('THU HÀ')).toEqual(['THU HÀ'])
    expect(readNames('Bài và ảnh: Nguyễn Văn Nam')).toEqual(['Nguyễn Văn Nam'])
    expect(readNames('Minh Châu - Hoàng Anh (TTXVN)')).toEqual(['Minh Châu', 'Hoàng Anh'])
    expect(readNames('Lê Hằng, Quốc Anh và Thu Trang')).toEqual(['Lê Hằng', 'Quốc Anh', 'Thu Trang'])
  })

  it('rejects source lines, sentences and single words', () => {
    expect(readNames('Theo TTXVN')).toBe(null)
    expect(readNames('Hội nghị thành công tốt đẹp.')).toBe(null)
    expect(readNames('PV')).toBe(null)
  })
})
