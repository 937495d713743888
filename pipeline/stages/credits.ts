// Credits: the byline and the source line, alone on their line or run into the last paragraph.
//
// Where a byline or a source line ends the last paragraph, when the dump runs it into the text: "… sống
// sót. Gia Nhi (theo BBC)", "… năm 2016. Nguồn: VITIC/Reuters", "… đánh nhau. Thái Uyên", "… ./. Phạm
// Khánh/VOV.VN", "… mua MU Đại Phong" (no full stop at all). The credit is short, and is names in
// capitals, initials ("Q.D", "H.Ngân"), "Theo"/"Nguồn:" and an outlet, with its brackets and slashes.
const MAX_TAIL = 90
// Where the text before a credit ends: a sentence's end, "./.", or a ">>" of "Bấm xem >>".
const BEFORE_CREDIT = /(?:[.!?…]["”’)]*|\.\/\.|>>|\s-)\s+/gu
// Two to four capitalized words (or initials) closing a line whose last sentence has no full stop, maybe
// with what the author did: "… mua MU Đại Phong", "… Juventus Hữu Nam Tổng hợp", "… .htm Quang Phong (ghi)".
const NAMES_AT_END = /(?<=\p{Ll}\s)((?:\p{Lu}[\p{L}.]*\s){1,3}\p{Lu}[\p{L}.]*(?:\s+(?:Tổng hợp|\(ghi\)|\(Tổng hợp\)))?)$/u

/** The offset in `line` where a credit that ends it starts, or -1 when it ends with no credit. */
export function bylineTail(line: string): number {
  let last = line.length
  while (last > 0 && /[\s-]/u.test(line.charAt(last - 1))) last--
  const trimmed = line.slice(0, last)
  // The longest credit first: "Trí Kiên Theo Đời sống Plus" rather than "Đời sống Plus".
  // A credit is at most MAX_TAIL long: the markers before it lie in the line's last characters.
  const from = Math.max(0, trimmed.length - MAX_TAIL - 8)
  for (const m of trimmed.slice(from).matchAll(BEFORE_CREDIT)) {
    const at = from + m.index + m[0].length
    if (trimmed.length - at <= MAX_TAIL && at < trimmed.length && looksLikeByline(trimmed.slice(at))) return at
  }
  // Only the line's end can hold such names: the pattern is tried there, not at every character.
  const end = Math.max(0, trimmed.length - 60)
  const names = NAMES_AT_END.exec(trimmed.slice(end))
  return names && looksLikeByline(names[1]!) ? end + names.index : -1
}

const MAX_BYLINE = 80

// "DUY DANH", "Phi Long - Phương Dung", "Theo VOV", "N.M", "Vân Thiêng, Diệu Linh/VOV-Trung tâm Tin",
// "Nguồn: tinnhanhonline.vn", "Gia Nhi (theo BBC)", "Hữu Nam Tổng hợp", "Bài, ảnh: Duy Biên", "Trí Kiên
// Theo Đời sống Plus": short, and, once the credit's words are set aside, names: every word capitalized.
const CREDIT_WORDS = /(?:^|\s)(?:Theo|theo|Nguồn:?|Bài:?|Tin:?|ảnh:?|Ảnh:?|Tổng hợp|tổng hợp|t\/hợp|Dịch|dịch)(?=\s|$)|,\s*(?:ảnh|Ảnh):/gu
export function looksLikeByline(s: string): boolean {
  if (s.length > MAX_BYLINE) return false
  if (/^(Theo|Nguồn:?)\s+[\p{Lu}\p{Ll}\d]/u.test(s) && !/[.!?…:;]$/u.test(s) && s.split(/\s+/u).length <= 10) return /^(Nguồn|Theo\s+\p{Lu})/u.test(s)
  if (/^(\p{Lu}\.)+\p{Lu}\.?$/u.test(s)) return true
  if (/[.!?…:;]$/u.test(s) && !/\p{Lu}\.$/u.test(s)) return false
  const words = s.replace(/\([^)]*\)|\/.*$/gu, ' ').replace(CREDIT_WORDS, ' ').split(/[\s,–-]+/u).filter(Boolean)
  if (words.length === 0 || words.length > 8) return false
  return words.every((w) => /^\p{Lu}/u.test(w))
}
