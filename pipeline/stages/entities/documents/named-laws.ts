// Laws cited by name, without a number: "Luật Đất đai", "Bộ luật Hình sự", "Luật Tiếp cận thông tin",
// "Luật Ban hành Văn bản quy phạm pháp luật", "Hiến pháp năm 2013". The name runs from the kind word and
// its capitalized first word through the Vietnamese words after it, up to punctuation, a number or a word
// that opens the sentence's next part ("của", "năm", "được"); "năm 2013" after it is part of the mention.
// An amending law ("Luật Sửa đổi, bổ sung một số điều của …") names another law and is left out, as is a
// law whose name a numbered citation already covers.
import { isSyllable } from '../../../text/syllable.js'
import { isWordChar } from '../boundaries.js'
import type { Candidate } from '../candidate.js'

// The kind word first, then the word start checked in code: a look-behind first is tried everywhere.
const KIND = /(?<kind>Bộ luật|Bộ Luật|Luật|Hiến pháp|Hiến Pháp)(?= \p{Lu})/gu
const WORD = /\s(\p{L}+)/uy
const YEAR = / (?:năm )?((?:19|20)\d\d)(?![\p{L}\p{N}])/uy
// Words that, capitalized after "Luật", are not a law's name: "Luật sư" (a lawyer), "Luật Sư"; "sửa
// đổi" opens an amending law's.
const NOT_A_NAME = new Set(['sư', 'gia', 'sửa'])
// Words after which a law's name does not go on.
const STOPS = new Set(['của', 'và', 'năm', 'số', 'được', 'đã', 'sẽ', 'này', 'đó', 'thì', 'là', 'có', 'với', 'cho', 'tại', 'trong', 'theo', 'khi', 'để', 'mà', 'các', 'những', 'vừa', 'mới', 'đang', 'cũng', 'không', 'nhằm', 'nên', 'hiện', 'ngày', 'tháng', 'từ', 'đến', 'sau', 'trước'])
const MAX_WORDS = 10

export function findNamedLaws(text: string, numbered: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const m of text.matchAll(KIND)) {
    if (isWordChar(text, m.index - 1)) continue
    const kind = m.groups!.kind!.charAt(0).toUpperCase() + m.groups!.kind!.slice(1).toLowerCase()
    let end = m.index + m[0].length
    let words = 0
    for (;;) {
      WORD.lastIndex = end
      const w = WORD.exec(text)
      if (!w || words >= MAX_WORDS) break
      const word = w[1]!
      const key = word.toLowerCase()
      if (words === 0 && NOT_A_NAME.has(key)) break
      if (!isSyllable(word) || (words > 0 && STOPS.has(key))) break
      end = WORD.lastIndex
      words++
    }
    if (words === 0 || numbered.some((c) => c.start <= m.index && m.index < c.end)) continue
    const name = `${kind}${text.slice(m.index + m.groups!.kind!.length, end)}`
    YEAR.lastIndex = end
    const year = YEAR.exec(text)
    const mentionEnd = year ? YEAR.lastIndex : end
    out.push({
      type: 'LEGAL_DOCUMENT', start: m.index, end: mentionEnd, name, rule: 'document.named-law', lexicon: `document-kinds:${kind}`,
      document: { kind, ...(year ? { date: year[1]! } : {}) },
    })
  }
  return out
}
