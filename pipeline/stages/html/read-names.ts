// The person names in a byline: "Thu Hà", "Bài và ảnh: Nguyễn Văn Nam", "Minh Châu - Hoàng Anh (TTXVN)".
// Null when the text is not only names: a source line ("Theo TTXVN"), a sentence, a place.

// "Bài, ảnh:", "Tin và ảnh:", "Nhóm PV:" — what the person did, before the names.
const ROLE =
  /^(?:(?:bài|tin|ảnh|video|clip|đồ họa|nhóm phóng viên|nhóm pv)(?:\s*(?:,|và|&|\+|-)\s*(?:bài|tin|ảnh|video|clip))*)\s*:\s*/iu
// "(TTXVN)", "(tổng hợp)" — an agency or a note after the names.
const NOTE = /\s*\([^()]*\)$/u
const SEPARATOR = /\s*(?:[,;&]|\s[-–]\s|\svà\s)\s*/u
// Two to five words, each capitalized: "Thu Hà", "THU HÀ", "Nguyễn Thị Minh Khai".
const NAME = /^\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){1,4}$/u
const NOT_A_NAME = /^(?:theo|nguồn|ảnh|bài|tin|video|clip)\s/iu

export function readNames(text: string): string[] | null {
  const names = text.replace(ROLE, '').replace(NOTE, '').split(SEPARATOR)
  return names.every((name) => NAME.test(name) && !NOT_A_NAME.test(name)) ? names : null
}
