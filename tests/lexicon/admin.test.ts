import { describe, expect, test } from 'vitest'
import { periodAt } from '../../pipeline/lexicon/admin-period.js'
import { lexicons } from '../../pipeline/lexicon/load.js'

const { admin } = lexicons()
const summary = (name: string, date: string | null) => admin.lookup(name, { date }).map((u) => `${u.period} ${u.code} ${u.fullName}`)

describe('periodAt', () => {
  test('splits at 1 July 2025, a month counting by its first day', () => {
    expect(periodAt('2022-01')).toBe('pre-2025')
    expect(periodAt('2025-06-30T23:59:00+07:00')).toBe('pre-2025')
    expect(periodAt('2025-07')).toBe('2025')
    expect(periodAt('2025-07-01')).toBe('2025')
    expect(periodAt('2026')).toBe('2025')
  })

  test('has no period for a missing date, a non-date, or 2025 alone', () => {
    expect(periodAt(null)).toBeUndefined()
    expect(periodAt(undefined)).toBeUndefined()
    expect(periodAt('hôm qua')).toBeUndefined()
    expect(periodAt('2025')).toBeUndefined()
  })
})

describe('admin.lookup', () => {
  test('finds a pre-2025 province with its type prefix, and its successor', () => {
    expect(admin.lookup('tỉnh Lâm Đồng', { date: '2022-01' })).toEqual([
      { code: '68', level: 'province', type: 'tỉnh', name: 'Lâm Đồng', fullName: 'Tỉnh Lâm Đồng', period: 'pre-2025', successors: [{ code: '68', name: 'Lâm Đồng' }] },
    ])
    expect(admin.lookup('Tỉnh Lâm Đồng', { date: '2022-01' })).toEqual(admin.lookup('tỉnh Lâm Đồng', { date: '2022-01' }))
  })

  test('finds the 2025 province with the provinces merged into it', () => {
    expect(admin.lookup('Lâm Đồng', { date: '2025-08-01' })).toEqual([
      {
        code: '68', level: 'province', type: 'tỉnh', name: 'Lâm Đồng', fullName: 'Tỉnh Lâm Đồng', period: '2025',
        predecessors: [{ code: '60', name: 'Bình Thuận' }, { code: '67', name: 'Đắk Nông' }, { code: '68', name: 'Lâm Đồng' }],
      },
    ])
  })

  test('puts provinces before communes of the same name', () => {
    expect(summary('Lào Cai', '2025-07')).toEqual(['2025 15 Tỉnh Lào Cai', '2025 02647 Phường Lào Cai'])
  })

  test('without a date, gives both periods, pre-2025 first within a level', () => {
    expect(summary('Lào Cai', null)).toEqual([
      'pre-2025 10 Tỉnh Lào Cai', '2025 15 Tỉnh Lào Cai', 'pre-2025 02641 Phường Lào Cai', '2025 02647 Phường Lào Cai',
    ])
  })

  test('falls back to the other period when the name is not in force at the date', () => {
    expect(admin.lookup('tỉnh Bình Thuận', { date: '2025-09-02' }).map((u) => [u.period, u.code, u.successors])).toEqual([
      ['pre-2025', '60', [{ code: '68', name: 'Lâm Đồng' }]],
    ])
  })

  test('a type prefix keeps units of that type', () => {
    expect(summary('phường Thành Công', '2024-01-01')).toEqual(['pre-2025 00034 Phường Thành Công', 'pre-2025 24133 Phường Thành Công'])
    expect(summary('xã Thành Công', '2024-01-01')).toEqual([
      'pre-2025 01777 Xã Thành Công', 'pre-2025 05881 Xã Thành Công', 'pre-2025 15235 Xã Thành Công', 'pre-2025 28663 Xã Thành Công',
    ])
    expect(summary('thành phố Hà Tĩnh', '2024-01-01')).toEqual([])
    expect(summary('Thị Trấn Mường Chà', '2023-03')).toEqual(['pre-2025 03172 Thị trấn Mường Chà'])
  })

  test('reads TP, TP. and other names of provinces from regions.json', () => {
    expect(summary('TP.HCM', '2024-05-02')).toEqual(['pre-2025 79 Thành phố Hồ Chí Minh'])
    expect(summary('TP. Hồ Chí Minh', '2024-05-02')).toEqual(['pre-2025 79 Thành phố Hồ Chí Minh'])
    expect(summary('Sài Gòn', '2025-09-02')).toEqual(['2025 79 Thành phố Hồ Chí Minh', '2025 26740 Phường Sài Gòn'])
    expect(summary('tỉnh Thừa Thiên Huế', '2020')).toEqual(['pre-2025 46 Thành phố Huế'])
  })

  test('folds tone placement, dashes and apostrophes', () => {
    expect(summary('Hòa Bình', '2023-03')).toEqual(summary('Hoà Bình', '2023-03'))
    expect(admin.lookup('Hòa Bình', { date: '2023-03', level: 'province' }).map((u) => u.fullName)).toEqual(['Tỉnh Hoà Bình'])
    expect(summary('Văn Miếu-Quốc Tử Giám', '2025-07-02')).toEqual(['2025 00226 Phường Văn Miếu - Quốc Tử Giám'])
    expect(summary('xã Ea M\u2019Doal', '2020')).toEqual(["pre-2025 24430 Xã Ea M' Doal"])
  })

  test('finds the island districts, the only districts in the sources', () => {
    expect(admin.lookup('huyện Côn Đảo', { date: '2025-08-01' })).toEqual([
      { code: '755', level: 'district', type: 'huyện', name: 'Côn Đảo', fullName: 'Huyện Côn Đảo', period: 'pre-2025', provinceCode: '77', successors: [{ code: '26732', name: 'Côn Đảo' }] },
    ])
    expect(admin.lookup('Côn Đảo', { date: '2025-08-01' }).map((u) => u.fullName)).toEqual(['Đặc khu Côn Đảo'])
  })

  test('uses the published 2025 code where the merger mapping differs', () => {
    expect(admin.lookup('xã Ba Chẽ', { date: '2025-09-02' }).map((u) => [u.code, u.provinceCode, u.predecessors?.length])).toEqual([['06978', '22', 5]])
  })
})

describe('admin.lookup: names looked up again', () => {
  test('give the caller its own array each time', () => {
    const first = admin.lookup('Lào Cai', { date: '2025-07' })
    first.pop()
    first.push(first[0]!)
    expect(summary('Lào Cai', '2025-07')).toEqual(['2025 15 Tỉnh Lào Cai', '2025 02647 Phường Lào Cai'])
  })

  test('answer by the date and level of each lookup, in any order', () => {
    const asked: [string, string | null, 'province' | 'commune' | undefined][] = [
      ['Lào Cai', '2025-07', undefined], ['Lào Cai', null, undefined], ['Lào Cai', '2022-01', 'commune'], ['Lào Cai', '2025-07', 'province'],
      ['tỉnh Bình Thuận', '2025-09-02', undefined], ['tỉnh Bình Thuận', '2020', undefined], ['Sài Gòn', '2025', undefined], ['Sài Gòn', '2025-06', undefined],
    ]
    const codes = (name: string, date: string | null, level?: 'province' | 'commune') => admin.lookup(name, { date, level }).map((u) => `${u.period}/${u.code}`)
    const first = asked.map(([name, date, level]) => codes(name, date, level))
    expect(first[2]).toEqual(['pre-2025/02641'])
    expect(first[3]).toEqual(['2025/15'])
    for (let round = 0; round < 2; round++) {
      expect([...asked].reverse().map(([name, date, level]) => codes(name, date, level))).toEqual([...first].reverse())
    }
  })
})

describe('admin.byCode and provinceNames', () => {
  test('gives a unit by code in a period', () => {
    expect(admin.byCode('26732', '2025')).toEqual({
      code: '26732', level: 'commune', type: 'đặc khu', name: 'Côn Đảo', fullName: 'Đặc khu Côn Đảo', period: '2025', provinceCode: '79', predecessors: [{ code: '755', name: 'Côn Đảo' }],
    })
    expect(admin.byCode('26732', 'pre-2025')).toBeUndefined()
  })

  test('names every province of both periods once, and their other names', () => {
    const names = admin.provinceNames()
    expect(names).toHaveLength(91)
    expect(names).toContain('Bà Rịa - Vũng Tàu')
    expect(names).toContain('TP HCM')
    expect(names.filter((n) => n === 'Lâm Đồng')).toHaveLength(1)
    for (const name of names) expect(admin.lookup(name, { level: 'province' }).length, name).toBeGreaterThan(0)
  })
})
