// metadata: the article's title, lead, authors, publication and publication date, read off its sections
// (byline, outlet tag) and whatever the source format gave (HTML meta, JSON fields).
import { defineStage, type Stage } from './data.js'
import type { VFile } from 'vfile'
import { lexicons, nameCues } from '../lexicon/index.js'
import type { Author, Publication } from '../schema-types.js'
import { titleCase } from '../text/case.js'
import { foldKey } from '../text/fold.js'

export const metadata: Stage = function () {
  return (_tree, file: VFile) => {
    const text = file.data.text!
    const sections = file.data.sections!
    const fields = file.data.fields ?? {}
    const slice = (kind: string): string | null => {
      const s = sections.find((x) => x.kind === kind)
      return s ? text.slice(s.start, s.end) : null
    }
    file.data.title = slice('title') ?? fields.title ?? null
    file.data.lead = slice('lead') ?? fields.lead ?? null

    let publication: Publication | null = null
    const dateline = sections.find((s) => s.kind === 'dateline')
    if (dateline) publication = readDateline(text, dateline.start, dateline.end)

    const bylineSection = sections.find((s) => s.kind === 'byline')
    let authors: Author[] = []
    if (bylineSection) {
      const byline = readByline(text, bylineSection.start, bylineSection.end)
      authors = byline.authors
      publication ??= byline.publication
    }
    if (authors.length === 0 && fields.authors?.length) authors = fields.authors.map((name) => ({ name: name.trim() }))
    if (!publication && fields.publisher) {
      publication = { name: lexicons().publications.lookup(fields.publisher)?.name ?? fields.publisher }
    }
    file.data.authors = authors
    file.data.publication = publication
    // The crawler's prefix wins over a JSON Lines field; either may carry an impossible date.
    const given = file.data.crawlerDate ?? fields.published
    file.data.published = isoDatePart(given)
    if (given && !file.data.published) {
      file.message(`unreadable publication date \`${given}\``, { ruleId: 'published-date', source: 'metadata' })
    }
  }
}

/**
 * "2022-01-13T08:30:00+07:00" → "2022-01-13"; "13/01/2022" → "2022-01-13"; what is not a date on the
 * calendar ("2047-26", "31/02/2022", "hôm qua") → null.
 */
export function isoDatePart(value: string | null | undefined): string | null {
  if (!value) return null
  const iso = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]|\s*$)/.exec(value)
  const dmy = iso ? null : /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(value)
  const [year, month, day] = iso ? [iso[1]!, iso[2], iso[3]] : dmy ? [dmy[3]!, dmy[2]!.padStart(2, '0'), dmy[1]!.padStart(2, '0')] : []
  if (!year) return null
  if (month && !(Number(month) >= 1 && Number(month) <= 12)) return null
  // Day 0 of the next month is the last day of this one.
  if (day && !(Number(day) >= 1 && Number(day) <= new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate())) return null
  return [year, month, day].filter(Boolean).join('-')
}

function readDateline(text: string, start: number, end: number): Publication | null {
  const open = text.indexOf('(', start)
  const close = text.indexOf(')', open)
  if (open === -1 || close === -1 || close > end) return null
  const tag = text.slice(open + 1, close).trim()
  const known = lexicons().publications.lookup(tag)
  return { name: known?.name ?? tag, tag, start: open + 1, end: close }
}

const BYLINE_SEPARATOR = /\s*(?:[,;]|\s[-–]\s|\svà\s)\s*/gu
const BYLINE_OPENING = /^(?:Theo|Bài và ảnh:?|Bài, ảnh:?|Tin, ảnh:?|Tin và ảnh:?|Bài:|Tin:|Ảnh:?)\s+/u
// What a credit says besides the outlet: "theo BBC", "Tổng hợp từ Soccity", "Nguồn: Reuters".
const CREDIT_OPENING = /^(?:(?:Tổng hợp|tổng hợp)(?:\s+(?:từ|theo))?|Theo|theo|Nguồn:?|Dịch từ|dịch từ)\s+/u
// Brackets that say where the author wrote from or how, not an outlet: "(từ Cheonan, Hàn Quốc)", "(ghi)".
const NOT_A_CREDIT = /^(?:từ\s|ghi$|t\/h(?:ợp)?$|tổng hợp$|lược dịch$|dịch$|còn tiếp$)/iu
// "Hữu Nam Tổng hợp", "HT Tổng hợp", "V.H (t/hợp)": the author compiled the article.
const COMPILED = /\s+(?:Tổng hợp|tổng hợp)$/u

interface Byline {
  authors: Author[]
  publication: Publication | null
}

// "Theo Quang Phong ( Dân Trí)", "Vân Thiêng, Diệu Linh/VOV-Trung tâm Tin", "Phi Long - Phương Dung",
// "DUY DANH", "Nguồn: tinnhanhonline.vn", "Theo VOV", "Gia Nhi (theo BBC)", "Bài, ảnh: Duy Biên",
// "Hùng Cường/VOV.VN Hùng Cường/VOV.VN": names are split off credits (after "/", in parentheses) and
// outlets; an outlet or agency is the publication, never an author.
export function readByline(text: string, start: number, end: number): Byline {
  const publications = lexicons().publications
  let line = text.slice(start, end)
  // A credit the dump wrote twice is one.
  const half = (line.length - 1) / 2
  if (Number.isInteger(half) && line.charAt(half) === ' ' && line.slice(0, half) === line.slice(half + 1)) line = line.slice(0, half)
  let publication: Publication | null = null
  const credit = (name: string, at: number): void => {
    if (publication) return
    const opening = CREDIT_OPENING.exec(name)
    const named = opening ? name.slice(opening[0].length) : name
    // "VOV-Trung tâm Tin", "VITIC/Reuters": the first outlet credited is the publication (not in an address).
    const clean = (/^\s*\w+:\/\//u.test(named) ? named : named.replace(/[-–/].*$/u, '')).trim()
    if (!clean || NOT_A_CREDIT.test(name.trim())) return
    const offset = at + (opening?.[0].length ?? 0)
    publication = { name: publications.lookup(clean)?.name ?? clean, tag: clean, start: offset, end: offset + clean.length }
  }
  if (/^Nguồn\s*:/u.test(line)) {
    const at = line.indexOf(':') + 1
    credit(line.slice(at), start + at + (line.slice(at).length - line.slice(at).trimStart().length))
    return { authors: [], publication }
  }
  // "Theo Đời sống Plus", "theo Sputnik": an outlet alone ("Theo Trịnh Liên (Dân Việt)" names its author).
  if (/^[Tt]heo\s/u.test(line) && !/[(/]/u.test(line)) {
    credit(line, start)
    return { authors: [], publication }
  }
  let names = line
  // "Theo X (Theo Y) (Z)": every bracket is a credit (the first that names an outlet is the
  // publication), and none is part of a name.
  for (const paren of line.matchAll(/\(\s*([^()]+?)\s*\)/gu)) {
    credit(paren[1]!, start + paren.index + paren[0].indexOf(paren[1]!))
    names = names.slice(0, paren.index) + ' '.repeat(paren[0].length) + names.slice(paren.index + paren[0].length)
  }
  const slash = names.indexOf('/')
  if (slash !== -1) {
    const after = names.slice(slash + 1)
    credit(after, start + slash + 1 + (after.length - after.trimStart().length))
    names = names.slice(0, slash)
  }
  names = names.replace(COMPILED, (m) => ' '.repeat(m.length))
  // "Bài, ảnh: Duy Biên": the opening is the credit's, before its names are split at commas.
  const opening = BYLINE_OPENING.exec(names)
  if (opening) names = ' '.repeat(opening[0].length) + names.slice(opening[0].length)
  const authors: Author[] = []
  const addPiece = (from: number, to: number): void => {
    const raw = names.slice(from, to)
    let at = from + (raw.length - raw.trimStart().length)
    let piece = raw.trim()
    const inner = BYLINE_OPENING.exec(piece)
    if (inner) {
      piece = piece.slice(inner[0].length)
      at += inner[0].length
    }
    // "PV" (phóng viên) is no one's name; "ảnh: Nam Nguyễn" credits the photographs.
    if (!/\p{L}/u.test(piece) || nameCues().notNames.has(foldKey(piece)) || /^(?:ảnh|Ảnh)\s*:/u.test(piece)) return
    // "Đình Đình, Theo Thời Đại": a piece that opens with "Theo" credits an outlet.
    if (publications.lookup(piece) || (inner && /^Theo\s/u.test(raw.trim()))) credit(piece, start + at)
    // Initials keep their capitals: "Q.D", "HT", "Ng.Quang".
    else authors.push({ name: /[.]|^\p{Lu}{2,3}$/u.test(piece) ? piece : titleCase(piece), text: piece, start: start + at, end: start + at + piece.length })
  }
  let from = 0
  for (const separator of names.matchAll(BYLINE_SEPARATOR)) {
    addPiece(from, separator.index)
    from = separator.index + separator[0].length
  }
  addPiece(from, names.length)
  return { authors, publication }
}

export const metadataStage = defineStage({ name: 'metadata', reads: ['text', 'sections', 'fields', 'crawlerDate'], writes: ['title', 'lead', 'authors', 'publication', 'published'], plugin: metadata })
