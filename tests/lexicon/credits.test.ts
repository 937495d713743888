import { describe, expect, test } from 'vitest'
import { lexicons } from '../../pipeline/lexicon/load.js'

const { abbreviations, publications } = lexicons()

describe('abbreviations', () => {
  test('expands an abbreviation written exactly so', () => {
    expect(abbreviations.expand('HĐND')).toEqual(['Hội đồng Nhân dân'])
    expect(abbreviations.expand('UBND')).toEqual(['Ủy ban Nhân dân'])
    expect(abbreviations.expand('TS')).toEqual(['Tiến sĩ', 'Thí sinh'])
    expect(abbreviations.expand('TP.HCM')).toEqual(['Thành phố Hồ Chí Minh'])
  })

  test('drops the lower-case duplicates, keeping abbreviations only written in lower case', () => {
    expect(abbreviations.expand('ubnd')).toEqual([])
    expect(abbreviations.expand('đ/c')).toEqual(['đồng chí'])
    expect(abbreviations.expand('XYZW')).toEqual([])
  })
})

describe('publications', () => {
  test('finds an outlet by its tag, name or web address', () => {
    expect(publications.lookup('LĐ online')).toEqual({ name: 'Lâm Đồng online', tag: 'LĐ online', agency: false })
    expect(publications.lookup('Chinhphu.vn')).toEqual({ name: 'Cổng Thông tin điện tử Chính phủ', tag: 'VGP', agency: false })
    expect(publications.lookup('VGP')).toEqual(publications.lookup('Chinhphu.vn'))
    expect(publications.lookup('QĐND')).toEqual({ name: 'Quân đội nhân dân', tag: 'QĐND', agency: false })
    expect(publications.lookup('Dân Trí')).toEqual({ name: 'Dân trí', agency: false })
    expect(publications.lookup('Zing')).toEqual({ name: 'Znews', agency: false })
    expect(publications.lookup('baomoi')).toEqual({ name: 'Báo Mới', agency: false })
  })

  test('marks news agencies, whose credits name no author', () => {
    expect(publications.lookup('TTXVN')).toEqual({ name: 'Thông tấn xã Việt Nam', tag: 'TTXVN', agency: true })
    expect(publications.lookup('VOV')).toEqual({ name: 'Đài Tiếng nói Việt Nam', tag: 'VOV', agency: true })
    expect(publications.lookup('Reuters')?.agency).toBe(true)
    expect(publications.lookup('Tuổi Trẻ')?.agency).toBe(false)
  })

  test('knows no name that is not an outlet', () => {
    expect(publications.lookup('Nguyễn Văn A')).toBeUndefined()
  })
})
