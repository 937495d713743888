// The committed data files: complete, sorted as build-lexicons.mjs writes them, and credited.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { AbbreviationRow } from '../../pipeline/lexicon/abbreviations.js'
import type { AdminData } from '../../pipeline/lexicon/admin.js'
import type { ProvinceRow, UnitRow } from '../../pipeline/lexicon/admin-units.js'
import type { GivenNameRow, SurnameRow } from '../../pipeline/lexicon/names.js'
import { readData } from '../../pipeline/lexicon/read-data.js'
import { lexiconDir } from '../../pipeline/paths.js'

const links = (row: ProvinceRow | UnitRow) => (row.length === 5 ? row[4] : row[3])
const codePointSorted = (keys: string[]) => keys.every((k, i) => i === 0 || keys[i - 1]! < k)

describe('derived data', () => {
  test('holds every unit of both periods, sorted by code', () => {
    const admin = readData<AdminData>('admin-units.json')
    const old = admin['pre-2025']
    expect([old.provinces.length, old.districts.length, old.communes.length]).toEqual([63, 5, 10047])
    expect([admin['2025'].provinces.length, admin['2025'].communes.length]).toEqual([34, 3321])
    for (const rows of [...Object.values(admin['pre-2025']), ...Object.values(admin['2025'])]) {
      expect(codePointSorted(rows.map((r) => r[0]))).toBe(true)
      expect(rows.every((r) => links(r).length > 0)).toBe(true)
    }
  })

  test('gives each unit of a period its own code, across levels (the lexicon finds units by code)', () => {
    const admin = readData<AdminData>('admin-units.json')
    for (const tables of [admin['pre-2025'], admin['2025']]) {
      const codes = Object.values(tables).flatMap((rows: (ProvinceRow | UnitRow)[]) => rows.map((r) => r[0]))
      expect(new Set(codes).size).toBe(codes.length)
    }
  })

  test('sorts surnames by frequency, given names and abbreviations by code point', () => {
    const surnames = readData<SurnameRow[]>('surnames.json')
    expect(surnames.slice(0, 3)).toEqual([['Nguyễn', 2746], ['Trần', 850], ['Lê', 790]])
    expect(surnames.every(([, n], i) => i === 0 || surnames[i - 1]![1] >= n)).toBe(true)
    expect(codePointSorted(readData<GivenNameRow[]>('given-names.json').map((r) => r[0]))).toBe(true)
    expect(codePointSorted(readData<AbbreviationRow[]>('abbreviations.json').map((r) => r[0]))).toBe(true)
  })

  test('keeps each source’s licence beside the data and credits every lexicon file in SOURCES.md', () => {
    const sources = readFileSync(join(lexiconDir, 'SOURCES.md'), 'utf8')
    for (const folder of ['names_duyet_namedb', 'admin_units_2025_34prov_thanglequoc', 'admin_merger_mapping_20250701', 'abbreviations_soe_vinorm']) {
      expect(existsSync(join(lexiconDir, 'licenses', `${folder}.LICENSE`)), folder).toBe(true)
      expect(sources).toContain(`licenses/${folder}.LICENSE`)
    }
    const files = ['surnames.json', 'given-names.json', 'admin-units.json', 'abbreviations.json', 'surnames-extra.json', 'countries.json', 'regions.json', 'publications.json']
    for (const file of files) expect(sources, file).toContain(`\`${file}\``)
  })
})
