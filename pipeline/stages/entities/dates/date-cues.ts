// The words around a date that make it one: "Sáng 13/1", "hôm nay (6/2)", "cuối năm 2021". Each pattern
// is bounded (no repetition of a group), so a scan stays linear in the text's length.
import { WORD_START, wordBefore, wordsBefore } from '../boundaries.js'

export const TIME_OF_DAY = 'rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya|nửa đêm'
const WEEKDAY = 'thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật'
const DAY_WORD = 'ngày|mùng|mồng'
// "Sáng", "sáng nay", "Sáng hôm qua", "hôm", "thứ Hai", "chiều thứ Sáu, ngày", then " ", ", " or " (".
const DAY_CUE = new RegExp(
  `${WORD_START}(?:(?:(?:${TIME_OF_DAY})(?: (?:hôm nay|hôm qua|hôm kia|nay|qua|mai))?|hôm nay|hôm qua|hôm kia|hôm)` +
    `(?:,? (?:${WEEKDAY}))?(?:,? (?:${DAY_WORD}))?|(?:${WEEKDAY})(?:,? (?:${DAY_WORD}))?|${DAY_WORD})(?: \\(|, | )$`,
  'iu',
)
// A month, quarter or year can be narrowed: "đầu năm 2022", "cuối tháng 12-2016".
const PERIOD = 'đầu|cuối|giữa'
const PERIOD_CUE = new RegExp(`${WORD_START}(?:${PERIOD}) $`, 'iu')
const PERIOD_BEFORE = wordsBefore(PERIOD.split('|'))
// Longer than any cue above, so a cue is never cut.
const WINDOW = 48

export type CueKind = 'day' | 'period'

/** Where the cue before `start` begins, and whether it opened a parenthesis that must close after the date. */
export function findCue(text: string, start: number, kind: CueKind): { start: number; paren: boolean } | null {
  const before = text.slice(Math.max(0, start - WINDOW), start)
  // Every cue ends in " ", ", " or " (", and a period's is one word: test the regex only where one may be.
  if (before[before.length - 1] !== ' ' && !before.endsWith(' (')) return null
  if (kind === 'period' && !wordBefore(PERIOD_BEFORE, before, before.length - 1)) return null
  const m = (kind === 'day' ? DAY_CUE : PERIOD_CUE).exec(before)
  return m ? { start: start - before.length + m.index, paren: m[0].endsWith('(') } : null
}

// Before a bare "12/5" these make it a number, an address or a fraction: "số 12/5", "lớp 12/5", "chiếm 1/3".
const NUMBER_CUE = new RegExp(
  `${WORD_START}(?:số|lớp|phòng|khoản|điều|điểm|mục|câu|tỷ lệ|tỉ lệ|tỷ số|tỉ số|chiếm|khoảng|gần|hơn|trên|dưới|bằng|` +
    'còn|giảm|tăng|mất|đạt|hẻm|ngõ|ngách|kiệt|lô|nhà|tổ|ấp|thôn|đường|quốc lộ|tỉnh lộ|km) $',
  'iu',
)
// Before a bare "2/9" these make it a date even when it could be a fraction: "dịp 2/9", "(1/5)", "30/4 - 1/5".
const DATE_CUE = new RegExp(`(?:${WORD_START}(?:dịp|từ|đến|tới|trước|sau|hết|vào|đầu|cuối|giữa|hạn) |\\(|[-–—] )$`, 'iu')

/**
 * Whether a day/month written without a day cue ("6/2", "dịp 2/9") reads as a date: not after a word that
 * makes it a number, and, when it could be a fraction (1/2, 2/3), only after a word that makes it a date.
 */
export function isBareDayMonth(text: string, start: number, day: number, month: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start)
  return !NUMBER_CUE.test(before) && (day >= month || DATE_CUE.test(before))
}

// After a year named by a weak cue ("từ", "sau", …) only these may follow; "sau 2000 người" is a count.
// Case-sensitive on purpose: a capital starts a name or a sentence, so the number was a year.
const AFTER_WEAK_YEAR =
  /^(?:$|[^\p{L}\s]|\s(?:[^\p{L}]|\p{Lu}|(?:đến|tới|trở|nay|và|hoặc|thì|là|sẽ|đã|đang|vẫn|cho|của|với|các|những|mà|khi|theo|này|về|trước|sau|được|có)(?![\p{L}\p{N}])))/u

export function isYearFollower(text: string, end: number): boolean {
  return AFTER_WEAK_YEAR.test(text.slice(end, end + 12))
}

// "ngày 13/1 âm lịch", "15/8 (ÂL)": a day of the lunar calendar, which no ISO value states.
const LUNAR = /^,? ?\(?(?:âm lịch|âl)(?![\p{L}\p{N}])/iu

export function isLunar(text: string, end: number): boolean {
  // "âm lịch" and "âl" start within ",? ?\(?" of the date: test only when an "â" is there.
  for (let i = end; i < end + 4; i++) if (text[i] === 'â' || text[i] === 'Â') return LUNAR.test(text.slice(end, end + 12))
  return false
}
