import { describe, expect, test } from 'vitest'
import { lexicons } from '../../pipeline/lexicon/load.js'

describe('surnames', () => {
  const lex = lexicons()

  test('knows surnames from the source, with their frequency among its 8,757 names', () => {
    expect(lex.isSurname('Nguyễn')).toBe(true)
    expect(lex.surnameFrequency('Nguyễn')).toBe(2746)
    expect(lex.surnameFrequency('Âu')).toBe(5)
    expect(lex.isSurname('Tôn Thất')).toBe(true)
  })

  test('counts a surname in any case, and keeps a misplaced tone in a closed syllable apart', () => {
    expect(lex.surnameFrequency('Huỳnh')).toBe(258)
    expect(lex.surnameFrequency('HUỲNH')).toBe(258)
    expect(lex.surnameFrequency('Hùynh')).toBe(3)
  })

  test('rejects given names, mojibake rows and the name prefix Y', () => {
    expect(lex.isSurname('Sáng')).toBe(false)
    expect(lex.isSurname('Buøi')).toBe(false)
    expect(lex.isSurname('Student')).toBe(false)
    expect(lex.isSurname('Y')).toBe(false)
  })

  test('knows the project’s own additions, which have no frequency', () => {
    expect(lex.isSurname('Giàng')).toBe(true)
    expect(lex.isSurname('Rơ Mah')).toBe(true)
    expect(lex.isSurname('Ksor')).toBe(true)
    expect(lex.surnameFrequency('Giàng')).toBe(0)
    expect(lex.maxSurnameSyllables).toBe(4)
  })

  test('tells trailing family names and name prefixes apart', () => {
    expect(lex.isTrailingSurname('Niê Kđăm')).toBe(true)
    expect(lex.isSurname('Niê Kđăm')).toBe(true)
    expect(lex.isTrailingSurname('Nguyễn')).toBe(false)
    expect(lex.isNamePrefix('Y')).toBe(true)
    expect(lex.isNamePrefix('H\u2019')).toBe(true)
    expect(lex.isNamePrefix("K'")).toBe(true)
    expect(lex.isNamePrefix('Nguyễn')).toBe(false)
  })
})

describe('given names', () => {
  const lex = lexicons()

  test('counts a syllable as middle and as given name', () => {
    expect(lex.givenNameCounts('Minh')).toEqual({ middle: 655, given: 169 })
    expect(lex.givenNameCounts('Thị')).toEqual({ middle: 626, given: 0 })
  })

  test('folds tone placement: Hoà and Hòa are one syllable', () => {
    expect(lex.isGivenName('Hoà')).toBe(true)
    expect(lex.givenNameCounts('Hoà')).toEqual(lex.givenNameCounts('Hòa'))
    expect(lex.givenNameCounts('hòa')).toEqual({ middle: 11, given: 61 })
  })

  test('rejects foreign names and words that are no syllable', () => {
    expect(lex.isGivenName('Samuel')).toBe(false)
    expect(lex.isGivenName('Student')).toBe(false)
    expect(lex.givenNameCounts('Samuel')).toBeUndefined()
  })
})
