import { describe, expect, test } from 'vitest'
import { indexNames } from '../../pipeline/lexicon/index-names.js'
import { lexiconKey } from '../../pipeline/lexicon/lexicon-key.js'

describe('lexiconKey', () => {
  test('folds case and tone placement', () => {
    expect(lexiconKey('Hoà Bình')).toBe('hòa bình')
    expect(lexiconKey('Hòa Bình')).toBe('hòa bình')
  })

  test('reads dots and dashes as spaces', () => {
    expect(lexiconKey('TP.HCM')).toBe('tp hcm')
    expect(lexiconKey(' TP.  HCM ')).toBe('tp hcm')
    expect(lexiconKey('Bà Rịa\u2013Vũng Tàu')).toBe('bà rịa vũng tàu')
    expect(lexiconKey('Xin-ga-po')).toBe('xin ga po')
  })

  test('writes apostrophes one way, joined to the next word', () => {
    expect(lexiconKey('Ea M\u2019 Doal')).toBe("ea m'doal")
    expect(lexiconKey("K' Dang")).toBe("k'dang")
  })
})

describe('indexNames', () => {
  test('lets one entry repeat a name, not two entries share one', () => {
    const a = { id: 'a' }
    expect(indexNames('test', [[['Hòa', 'Hoà'], a]]).get('hòa')).toBe(a)
    expect(() => indexNames('test', [[['Hòa'], a], [['Hoà'], { id: 'b' }]])).toThrow('trich: test: "Hoà" names two entries')
  })
})
