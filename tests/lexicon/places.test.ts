import { describe, expect, test } from 'vitest'
import { readData } from '../../pipeline/lexicon/read-data.js'
import { lexicons } from '../../pipeline/lexicon/load.js'

const { countries, regions, admin } = lexicons()

describe('countries', () => {
  test('finds a country by its everyday, official, phonetic or English name', () => {
    expect(countries.lookup('Mỹ')).toEqual({ code: 'US', name: 'Hoa Kỳ' })
    expect(countries.lookup('Hợp chúng quốc Hoa Kỳ')).toEqual({ code: 'US', name: 'Hoa Kỳ' })
    expect(countries.lookup('Liên bang Nga')).toEqual({ code: 'RU', name: 'Nga' })
    expect(countries.lookup('Xin-ga-po')).toEqual({ code: 'SG', name: 'Singapore' })
    expect(countries.lookup('Xin ga po')).toEqual({ code: 'SG', name: 'Singapore' })
    expect(countries.lookup('Úc')).toEqual({ code: 'AU', name: 'Australia' })
    expect(countries.lookup('Cu Ba')).toEqual({ code: 'CU', name: 'Cuba' })
    expect(countries.lookup('Triều Tiên')).toEqual({ code: 'KP', name: 'Triều Tiên' })
    expect(countries.lookup('Hàn Quốc')).toEqual({ code: 'KR', name: 'Hàn Quốc' })
  })

  test('knows no name that is not a country', () => {
    expect(countries.lookup('ASEAN')).toBeUndefined()
    expect(countries.lookup('Lâm Đồng')).toBeUndefined()
  })

  test('lists every country of its own list and every territory of CLDR, each name resolving', () => {
    const codes = new Set(countries.names().map((n) => countries.lookup(n)!.code))
    const own = readData<{ countries: Array<{ code: string }> }>('countries.json').countries.map((c) => c.code)
    const cldr = readData<string[][]>('territories.json').map(([code]) => code!).filter((code) => /^[A-Z]{2}$/.test(code))
    expect([...codes].sort()).toEqual([...new Set([...own, ...cldr])].sort())
    for (const code of ['VN', 'LA', 'KH', 'CN', 'JP', 'FR', 'DE', 'GB', 'IN', 'TH', 'MY', 'ID', 'PH', 'MM', 'GL', 'PR']) expect(codes).toContain(code)
  })

  test('takes CLDR’s Vietnamese names of countries the project’s list names otherwise', () => {
    expect(countries.lookup('Hoa Kỳ')).toEqual({ code: 'US', name: 'Hoa Kỳ' })
    expect(countries.lookup('Greenland')?.code).toBe('GL')
    expect(countries.lookup('Cộng hòa Séc')?.code).toBe('CZ')
  })
})

describe('regions', () => {
  test('finds regions, cities and other names of provinces', () => {
    expect(regions.lookup('Tây Nguyên')).toEqual({ name: 'Tây Nguyên', kind: 'region' })
    expect(regions.lookup('ĐBSCL')).toEqual({ name: 'Đồng bằng sông Cửu Long', kind: 'region' })
    expect(regions.lookup('Biển Đông')).toEqual({ name: 'Biển Đông', kind: 'water' })
    expect(regions.lookup('châu Âu')).toEqual({ name: 'Châu Âu', kind: 'continent' })
    expect(regions.lookup('Đà Lạt')).toEqual({ name: 'Đà Lạt', kind: 'city', province: 'Lâm Đồng' })
    expect(regions.lookup('quần đảo Trường Sa')).toEqual({ name: 'Trường Sa', kind: 'island', province: 'Khánh Hòa' })
  })

  test('reads TP HCM however it is punctuated', () => {
    const hcm = { name: 'Thành phố Hồ Chí Minh', kind: 'province', province: 'Hồ Chí Minh' }
    for (const name of ['TP HCM', 'TPHCM', 'TP. HCM', 'TP.HCM', 'Tp.HCM', 'Sài Gòn']) expect(regions.lookup(name), name).toEqual(hcm)
    expect(regions.lookup('Thủ đô Hà Nội')).toEqual({ name: 'Thủ đô Hà Nội', kind: 'province', province: 'Hà Nội' })
    expect(regions.lookup('Thừa Thiên - Huế')).toEqual({ name: 'Thừa Thiên Huế', kind: 'province', province: 'Huế' })
  })

  test('takes ASEAN for no place', () => {
    expect(regions.lookup('ASEAN')).toBeUndefined()
  })

  test('names only provinces that exist before July 2025', () => {
    for (const name of regions.names()) {
      const province = regions.lookup(name)!.province
      if (province !== undefined) expect(admin.lookup(province, { date: '2025-01', level: 'province' }).length, province).toBe(1)
    }
  })
})
