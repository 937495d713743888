// Reads the issuer a text names with a document: after its number ("… của Ban Chấp hành Trung ương Đảng
// (khóa XI) về …", "… của Bộ Tư pháp, Bộ Công an và Bộ Y tế hướng dẫn …") or before its kind word
// ("Ủy ban nhân dân tỉnh Nghệ An vừa có Quyết định số …").
import { startsWithIssuer, startsWithKind, UNIT_PREFIX_SOURCE } from '../../../lexicon/index.js'

// Words that never continue an issuer's name: what the document does, or a verb of the sentence.
const NOT_IN_NAME =
  'về|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bãi bỏ|triển khai|thực hiện|chỉ đạo|yêu cầu|đối với|liên quan|gắn|' +
  'là|đã|được|bị|có|sẽ|đang|vừa|cho|nhằm|để|với|tại|trong|theo|thì|mà|khi|ngày|số|giao|gửi|nêu|cũng|không|nay|này|đó|' +
  'trước|sau|từ|đến'
// Where an issuer's name may end: a closing parenthesis (kept), punctuation, a coordination, one of the
// words above, or any lower-case word after a place's name ("UBND tỉnh Bình Thuận bị …"). Each look-behind
// comes after the character it follows, so that it is tried only there.
const STOP_SOURCE = [
  '\\)|[;:\\n“”"]|\\.(?<!\\b(?:TP|Tp|TX)\\.)(?=\\s|$)|,| (?:và|hoặc) ',
  ` (?<=(?:${UNIT_PREFIX_SOURCE}) ?\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3} )(?=\\p{Ll})`,
  ` (?:${NOT_IN_NAME})(?![\\p{L}\\p{N}])`,
]
const STOP = new RegExp(STOP_SOURCE.join('|'), 'gu')
// STOP without the place's name, whose look-behind costs the most: it cannot match before a place word.
const STOP_BEFORE_PLACE = new RegExp([STOP_SOURCE[0], STOP_SOURCE[2]].join('|'), 'gu')
const PLACE = /tỉnh|thành phố|TP|huyện|quận|xã|phường/u
// Longer than the issuers that documents name, short enough to stay within the sentence.
const WINDOW = 160

// "Bộ Tư pháp, Bộ Công an": a comma goes on to another issuer. "Bộ Giáo dục và Đào tạo": "và" goes on
// before a capital too, unless a document follows ("của UBND tỉnh và Thông tư liên tịch số …").
const goesOn = (stop: string, after: string): boolean =>
  stop === ','
    ? startsWithIssuer(after.trimStart())
    : /^ (?:và|hoặc) $/u.test(stop) && (startsWithIssuer(after) || (/^\p{Lu}/u.test(after) && !startsWithKind(after)))

/** The first STOP in `s` at or after `from`, where `place` is the first place word in `s` (-1: none). */
function nextStop(s: string, from: number, place: number): RegExpExecArray | null {
  if (place < 0 || from <= place) {
    STOP_BEFORE_PLACE.lastIndex = from
    const m = STOP_BEFORE_PLACE.exec(s)
    if (m && (place < 0 || m.index <= place)) return m
  }
  if (place < 0) return null
  STOP.lastIndex = Math.max(from, place + 1)
  return STOP.exec(s)
}

/** Where the issuer's name that opens `s` ends; `s.length` when nothing ends it. */
function nameEnd(s: string): number {
  const place = s.search(PLACE)
  for (let m = nextStop(s, 0, place); m; m = nextStop(s, m.index + m[0].length, place)) {
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

// What ISSUED_BY ends with, cheap to test first.
const ISSUING = / (?:có|ban hành|ký|ra) $/u

/** The issuer named in the clause that ends at `start` (a kind word), if any. */
export function readIssuerBefore(text: string, start: number): string | null {
  if (!ISSUING.test(text.slice(Math.max(0, start - 10), start))) return null
  const from = Math.max(0, start - 120)
  const issuer = ISSUED_BY.exec((from === 0 ? '\n' : '') + text.slice(from, start))?.groups!.issuer
  return issuer && startsWithIssuer(issuer) && nameEnd(issuer) === issuer.length ? issuer : null
}
