import { describe, expect, test } from 'vitest'
import { indexNames } from '../../pipeline/lexicon/index-names.js'
import { lexiconKey } from '../../pipeline/lexicon/lexicon-key.js'
import { readData } from '../../pipeline/lexicon/read-data.js'
import { foldKey } from '../../pipeline/text/fold.js'

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

describe('lexiconKey: its shortcut for names without dots, dashes or apostrophes', () => {
  // The key as first written: every replacement on every name.
  const reference = (s: string) => foldKey(s.replace(/[\u2018\u2019\u02bc]/g, "'")).replace(/\s*[-.]\s*/g, ' ').replace(/'\s+/g, "'").trim()

  test('gives every name of the lexicons the key the full replacements give', () => {
    const admin = readData<Record<string, Record<string, unknown[][]>>>('admin-units.json')
    const names = [
      ...Object.values(admin).flatMap((tables) => Object.values(tables).flatMap((rows) => rows.map((row) => String(row[1])))),
      ...readData<{ regions: { name: string; aliases?: string[] }[] }>('regions.json').regions.flatMap((r) => [r.name, ...(r.aliases ?? [])]),
      ...readData<{ countries: { name: string; aliases: string[] }[] }>('countries.json').countries.flatMap((c) => [c.name, ...c.aliases]),
    ]
    expect(names.length).toBeGreaterThan(13000)
    for (const name of names) expect(lexiconKey(name), name).toBe(reference(name))
  })

  test('and every odd spelling', () => {
    const odd = [
      '', ' ', 'Hoà', 'HOÀ BÌNH', 'Ho\u0300a Bi\u0300nh', ' Lâm  Đồng ', 'TP.', '.HCM', 'Bà Rịa\u2014Vũng Tàu', 'Bà Rịa \u2212 Vũng Tàu',
      'K\u2018 Dang', 'K\u02bcDang', "Ea H'  leo", "'", "' ", ' - ', 'a\u00a0b', 'Q.3', 'Thừa Thiên-Huế', 'x\u2010y',
    ]
    for (const s of odd) expect(lexiconKey(s), JSON.stringify(s)).toBe(reference(s))
  })
})

describe('indexNames', () => {
  test('lets one entry repeat a name, not two entries share one', () => {
    const a = { id: 'a' }
    expect(indexNames('test', [[['Hòa', 'Hoà'], a]]).get('hòa')).toBe(a)
    expect(() => indexNames('test', [[['Hòa'], a], [['Hoà'], { id: 'b' }]])).toThrow('trich: test: "Hoà" names two entries')
  })
})
