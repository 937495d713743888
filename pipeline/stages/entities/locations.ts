// Places: administrative units after their prefix ("tỉnh Lâm Đồng", "huyện Đức Thọ", "TP. Hạ Long",
// "Q.Ba Đình", "quận 3"), named sites after theirs ("vịnh Hạ Long", "đền Đông Cuông"), and provinces,
// countries and regions by name alone ("Hà Nội", "Lào", "Tây Nguyên"). Administrative units are
// normalized to the unit in force at the article's date, with its code and its successors.
import { lexicons } from '../../lexicon/load.js'
import { PhraseTrie } from '../../lexicon/phrase-trie.js'
import { vocabulary } from '../../lexicon/vocabulary.js'
import type { AdminUnit } from '../../schema-types.js'
import type { Candidate } from './candidate.js'
import type { ArticleInput } from './index.js'
import { capitalized, trailingNameStart } from './person-names.js'
import { spacedKeys, toWords, type Word } from './words.js'

type Level = 'province' | 'district' | 'commune'

interface Prefix {
  /** How the canonical name spells the prefix (null: the unit's own name is canonical). */
  level: Level | 'site'
  /** Sites keep their prefix in the canonical name ("vịnh Hạ Long"); units do not ("Lâm Đồng"). */
  keep: boolean
  /** Prefixes that are also names or words when capitalized (Hồ, Bản, Sông): taken in lower case only. */
  lower?: boolean
}

const PREFIXES: Array<[string, Prefix]> = [
  ['tỉnh', { level: 'province', keep: false }],
  ['thành phố', { level: 'province', keep: false }],
  ['TP', { level: 'province', keep: false }],
  ['Tp', { level: 'province', keep: false }],
  ['thủ đô', { level: 'province', keep: false }],
  ['huyện', { level: 'district', keep: false }],
  ['quận', { level: 'district', keep: false }],
  ['thị xã', { level: 'district', keep: false }],
  ['thị trấn', { level: 'commune', keep: false }],
  ['xã', { level: 'commune', keep: false }],
  ['phường', { level: 'commune', keep: false }],
  ['thôn', { level: 'site', keep: true, lower: true }],
  ['ấp', { level: 'site', keep: true, lower: true }],
  ['bản', { level: 'site', keep: true, lower: true }],
  ['làng', { level: 'site', keep: true, lower: true }],
  ['vùng', { level: 'site', keep: false, lower: true }],
  ['khu vực', { level: 'site', keep: false }],
  ['vịnh', { level: 'site', keep: true }],
  ['đảo', { level: 'site', keep: true, lower: true }],
  ['quần đảo', { level: 'site', keep: true }],
  ['sông', { level: 'site', keep: true, lower: true }],
  ['núi', { level: 'site', keep: true, lower: true }],
  ['hang', { level: 'site', keep: true, lower: true }],
  ['đèo', { level: 'site', keep: true, lower: true }],
  ['thác', { level: 'site', keep: true, lower: true }],
  ['hồ', { level: 'site', keep: true, lower: true }],
  ['đền', { level: 'site', keep: true }],
  ['chùa', { level: 'site', keep: true }],
  ['đình', { level: 'site', keep: true, lower: true }],
  ['di tích', { level: 'site', keep: false }],
  ['khu di tích', { level: 'site', keep: false }],
  ['sân vận động', { level: 'site', keep: true }],
  ['khu đô thị', { level: 'site', keep: true }],
  ['khu công nghiệp', { level: 'site', keep: true }],
  ['khu kinh tế', { level: 'site', keep: true }],
  ['khu bảo tồn', { level: 'site', keep: true }],
  ['vườn quốc gia', { level: 'site', keep: true }],
  ['cửa khẩu', { level: 'site', keep: true }],
  ['cảng', { level: 'site', keep: true, lower: true }],
  ['sân bay', { level: 'site', keep: true }],
  ['nước', { level: 'site', keep: false, lower: true }],
  ['đường', { level: 'site', keep: true, lower: true }],
  ['phố', { level: 'site', keep: true, lower: true }],
  ['hoàng thành', { level: 'site', keep: true }],
]
// Written glued to the name: "Q.Ba Đình", "TP.Hà Nội", "H.Tây Giang", "P.Bến Nghé".
const GLUED = /^(TP|Tp|Q|H|P|X|TX|TT)\.(\p{Lu}[\p{L}\p{M}]*)$/u
const GLUED_LEVEL: Record<string, Level> = { TP: 'province', Tp: 'province', Q: 'district', H: 'district', P: 'commune', X: 'commune', TX: 'district', TT: 'commune' }

interface Known {
  name: string
  kind: 'admin' | 'country' | 'region'
  code?: string
  /** Single common words that are also names (Anh, Mỹ, Đức): taken only with a cue around them. */
  ambiguous: boolean
}

let cache: { prefixes: PhraseTrie<Prefix>; known: PhraseTrie<Known> } | undefined

function tables(): NonNullable<typeof cache> {
  if (cache) return cache
  const lex = lexicons()
  const known = new PhraseTrie<Known>()
  const ambiguous = (name: string): boolean => !name.includes(' ')
  for (const name of lex.admin.provinceNames()) known.add(name, { name, kind: 'admin', ambiguous: false })
  for (const name of lex.regions.names()) known.add(name, { name: lex.regions.lookup(name)!.name, kind: 'region', ambiguous: false })
  for (const name of lex.countries.names()) {
    const c = lex.countries.lookup(name)!
    known.add(name, { name: c.name, kind: 'country', code: c.code, ambiguous: ambiguous(name) && COMMON_WORDS.has(name) })
  }
  cache = { prefixes: new PhraseTrie(PREFIXES), known }
  return cache
}

// Country names that are also everyday words or given names; they need a cue ("nước Anh", "(Anh)").
const COMMON_WORDS = new Set(['Anh', 'Mỹ', 'Nga', 'Đức', 'Ý', 'Úc', 'Pháp', 'Nhật', 'Hàn', 'Lào', 'Thái', 'Tây', 'Bỉ', 'Hà', 'Ấn', 'Cuba'])
const CUES = new Set(['tại', 'ở', 'sang', 'từ', 'nước', 'của', 'với', 'và', 'đến', 'tới', 'thăm', 'bạn', 'giữa', 'quốc', 'khách'])

const isName = (w: Word | undefined): boolean => Boolean(w && (w.cap || /^\d+[A-Z]?$/.test(w.text)))

export function recognizeLocations(input: ArticleInput): Candidate[] {
  const { prefixes, known } = tables()
  const words = toWords(input.tokens, input.text)
  const keys = (from: number) => spacedKeys(words, from)
  const out: Candidate[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const glued = GLUED.exec(w.text)
    if (glued) {
      let end = i + 1
      while (end < words.length && words[end - 1]!.gap === ' ' && words[end]!.cap && end - i < 4) end++
      const name = [glued[2]!, ...words.slice(i + 1, end).map((x) => x.text)].join(' ')
      out.push(place(input, w.start, words[end - 1]!.end, name, GLUED_LEVEL[glued[1]!]!, false, 'location.glued-prefix'))
      i = end - 1
      continue
    }
    const prefix = prefixes.longest(keys(i), i)
    if (prefix && !(prefix.value.lower && w.cap) && prefix.end < words.length && words[prefix.end - 1]!.gap === ' ' && isName(words[prefix.end])) {
      // Lower-case prefixes only ("tỉnh", "vịnh"), or capitalized at the start of a name ("Tỉnh Lâm Đồng").
      const nameStart = prefix.end
      // A known name decides where the place ends: "thành phố Hồ Chí Minh", "nước Cộng hòa Dân chủ Nhân dân Lào".
      // Otherwise the capitalized words, less an official's name that follows the place.
      const knownMatch = known.longest(keys(nameStart), nameStart)
      let end = nameStart + 1
      if (knownMatch) end = knownMatch.end
      else if (!/^\d/.test(words[nameStart]!.text)) {
        const run = capitalized(words, nameStart, 8)
        end = trailingNameStart(words, nameStart, run, input.published) ?? Math.min(run, nameStart + 4)
      }
      const nameText = words.slice(nameStart, end).map((x) => x.text).join(' ')
      const { level, keep } = prefix.value
      const prefixText = input.text.slice(w.start, words[prefix.end - 1]!.end)
      const canonical = keep ? `${prefixText.toLowerCase()} ${nameText}` : knownMatch?.value.name ?? nameText
      if (level === 'site') out.push({ type: 'LOCATION', start: w.start, end: words[end - 1]!.end, name: canonical, rule: 'location.site-prefix', lexicon: `location-prefix:${prefixText}` })
      else out.push(place(input, w.start, words[end - 1]!.end, canonical, level, true, 'location.admin-prefix'))
      i = end - 1
      continue
    }
    if (!w.cap) continue
    // A name alone must be the whole capitalized run: "Bình Dương", not the end of "Nguyễn Bình Dương".
    if (i > 0 && words[i - 1]!.gap === ' ' && words[i - 1]!.cap && !vocabulary().orgHeads.longest(keys(i - 1), i - 1)) continue
    const match = known.longest(keys(i), i)
    if (!match) continue
    const next = words[match.end]
    if (next && words[match.end - 1]!.gap === ' ' && next.cap) continue
    const entry = match.value
    if (entry.ambiguous && !hasCue(words, i, match.end)) continue
    const start = w.start
    const end = words[match.end - 1]!.end
    if (entry.kind === 'admin') out.push(place(input, start, end, entry.name, 'province', false, 'location.province-name'))
    else out.push({ type: 'LOCATION', start, end, name: entry.name, rule: `location.${entry.kind}-name`, lexicon: `${entry.kind === 'country' ? 'countries' : 'regions'}:${entry.name}`, ...(entry.code ? { country: entry.code } : {}) })
    i = match.end - 1
  }
  return out
}

function hasCue(words: Word[], start: number, end: number): boolean {
  const before = words[start - 1]
  const after = words[end]
  if (before && /\(\s*$/.test(before.gap)) return true
  if (words[end - 1]!.gap.startsWith(')')) return true
  if (before && before.gap === ' ' && CUES.has(before.key)) return true
  return Boolean(after && words[end - 1]!.gap === ' - ' && after.cap)
}

function place(input: ArticleInput, start: number, end: number, name: string, level: Level, prefixed: boolean, rule: string): Candidate {
  const units = lexicons().admin.lookup(name, { date: input.published, level })
  const unit = units[0]
  const candidate: Candidate = { type: 'LOCATION', start, end, name: unit?.name ?? name, rule }
  if (unit) {
    const admin: AdminUnit = { code: unit.code, level: unit.level, name: unit.name, period: unit.period }
    if (unit.provinceCode) admin.province_code = unit.provinceCode
    if (unit.successors?.length) admin.successors = [...unit.successors]
    if (unit.predecessors?.length) admin.predecessors = [...unit.predecessors]
    candidate.admin = admin
    candidate.lexicon = `admin-units:${unit.period}/${unit.code}`
  } else if (prefixed) candidate.lexicon = `location-prefix:${level}`
  return candidate
}
