// Reads what the text says right after a document number: its date ("ngày 30/7/2021"), its issuer
// ("của Bộ Chính trị") in either order, then its title ("về việc ban hành …") to the end of the clause.
import { startsWithKind } from '../../../lexicon/index.js'
import { recognizeDates } from '../dates/dates.js'
import { readIssuer } from './document-issuer.js'

export interface DocumentContext {
  date?: string
  issuer?: string
  title?: string
}

// Long enough for ", ngày 30 tháng 7 năm 2021".
const DATE_WINDOW = 40
// A title longer than this has no clear end: better none than a paragraph.
const TITLE_WINDOW = 400

/** The date of issue written at `pos` ("ngày 30/7/2021", ", ngày 03/6/2013"), and where it ends. */
function readDate(text: string, pos: number, published: string | null): { date: string; end: number } | null {
  const window = text.slice(pos, pos + DATE_WINDOW)
  const lead = /^,? (?=ngày )/iu.exec(window)
  if (!lead) return null
  const first = recognizeDates({ text: window, published })[0]
  if (first?.start !== lead[0].length || first.date!.precision !== 'day') return null
  return { date: first.date!.value, end: pos + first.end }
}

const TITLE_START = /^,? (?=(?:về|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bãi bỏ|triển khai|thực hiện)(?![\p{L}\p{N}]))/u
// A clause ends at punctuation, or where the sentence's own verb or purpose comes in (" đã", " nhằm").
// (The look-behind comes after the "." it follows, so that it is tried only at one.)
const CLAUSE_END = /[;\n…]|\.{3}|\.(?<!\b(?:TP|Tp|TX)\.)(?=\s|$)|,| (?:đã|nhằm)(?![\p{L}\p{N}])/gu
// After a comma the title goes on, unless another clause or another document starts there.
const NEW_CLAUSE = /^ (?:trong đó|nhằm|đồng thời|theo đó|qua đó|song|nhưng|tuy nhiên)(?![\p{L}\p{N}])/u

/** The title clause at `pos`: "về …", "quy định …", up to the end of the clause. */
function readTitle(text: string, pos: number): string | undefined {
  const lead = TITLE_START.exec(text.slice(pos, pos + 16))
  if (!lead) return undefined
  const start = pos + lead[0].length
  const window = text.slice(start, start + TITLE_WINDOW)
  let end = start + window.length < text.length ? -1 : window.length
  for (const m of window.matchAll(CLAUSE_END)) {
    const after = window.slice(m.index + 1)
    if (m[0] === ',' && !NEW_CLAUSE.test(after) && !startsWithKind(after.trimStart())) continue
    end = m.index
    break
  }
  return end > 0 ? window.slice(0, end).replace(/[\s,:]+$/u, '') : undefined
}

/** Date, issuer and title stated right after the number that ends at `pos`. */
export function readDocumentContext(text: string, pos: number, published: string | null): DocumentContext {
  const context: DocumentContext = {}
  const date = readDate(text, pos, published)
  if (date) [context.date, pos] = [date.date, date.end]
  const issuer = readIssuer(text, pos)
  if (issuer) [context.issuer, pos] = [issuer.issuer, issuer.end]
  const later = date ? null : readDate(text, pos, published)
  if (later) [context.date, pos] = [later.date, later.end]
  const title = readTitle(text, pos)
  if (title) context.title = title
  return context
}
