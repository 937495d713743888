// Reads the issuer a text names with a document: after its number ("… của Ban Chấp hành Trung ương Đảng
// (khóa XI) về …", "… của Bộ Tư pháp, Bộ Công an và Bộ Y tế hướng dẫn …") or before its kind word
// ("Ủy ban nhân dân tỉnh Nghệ An vừa có Quyết định số …").
import { startsWithIssuer, startsWithKind } from '../../lexicon/documents.js'

// Words that never continue an issuer's name: what the document does, or a verb of the sentence.
const NOT_IN_NAME =
  'về|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bãi bỏ|triển khai|thực hiện|chỉ đạo|yêu cầu|đối với|liên quan|gắn|' +
  'là|đã|được|bị|có|sẽ|đang|vừa|cho|nhằm|để|với|tại|trong|theo|thì|mà|khi|ngày|số|giao|gửi|nêu|cũng|không|nay|này|đó|' +
  'trước|sau|từ|đến'
// Where an issuer's name may end: a closing parenthesis (kept), punctuation, a coordination, one of the
// words above, or any lower-case word after a place's name ("UBND tỉnh Bình Thuận bị …").
const STOP = new RegExp(
  '\\)|[;:\\n“”"]|(?<!\\b(?:TP|Tp|TX))\\.(?=\\s|$)|,| (?:và|hoặc) |' +
    `(?<=(?:tỉnh|thành phố|TP\\.?|huyện|quận|thị xã|xã|phường) ?\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3}) (?=\\p{Ll})|` +
    ` (?:${NOT_IN_NAME})(?![\\p{L}\\p{N}])`,
  'gu',
)
// Longer than the issuers that documents name, short enough to stay within the sentence.
const WINDOW = 160

// "Bộ Tư pháp, Bộ Công an": a comma goes on to another issuer. "Bộ Giáo dục và Đào tạo": "và" goes on
// before a capital too, unless a document follows ("của UBND tỉnh và Thông tư liên tịch số …").
const goesOn = (stop: string, after: string): boolean =>
  stop === ','
    ? startsWithIssuer(after.trimStart())
    : /^ (?:và|hoặc) $/u.test(stop) && (startsWithIssuer(after) || (/^\p{Lu}/u.test(after) && !startsWithKind(after)))

/** Where the issuer's name that opens `s` ends; `s.length` when nothing ends it. */
function nameEnd(s: string): number {
  for (const m of s.matchAll(STOP)) {
    if (!goesOn(m[0], s.slice(m.index + m[0].length))) return m[0] === ')' ? m.index + 1 : m.index
  }
  return s.length
}

/** The issuer named by "của …" at `pos`, and where it ends; null when none is named there. */
export function readIssuer(text: string, pos: number): { issuer: string; end: number } | null {
  const lead = /^,? của /u.exec(text.slice(pos, pos + 6))
  if (!lead) return null
  const start = pos + lead[0].length
  const window = text.slice(start, start + WINDOW)
  const end = startsWithIssuer(window) ? nameEnd(window) : 0
  return end > 0 && end < window.length ? { issuer: window.slice(0, end), end: start + end } : null
}

// The clause before a kind word, when it says who issued: "…, Chính phủ ban hành ", "Chủ tịch UBND
// TP.Hà Nội đã ban hành ". The text before is marked by "\n" when it starts the article.
const ISSUED_BY = /[;:,.\n] ?(?<issuer>(?:[^.;:,\n]|\.(?=\S)){2,100}?) (?:vừa |đã |mới )?(?:có|ban hành|ký ban hành|ký|ra) $/u

/** The issuer named in the clause that ends at `start` (a kind word), if any. */
export function readIssuerBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 120)
  const issuer = ISSUED_BY.exec((from === 0 ? '\n' : '') + text.slice(from, start))?.groups!.issuer
  return issuer && startsWithIssuer(issuer) && nameEnd(issuer) === issuer.length ? issuer : null
}
