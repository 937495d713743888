// What the article itself says about its words: which it writes in lower case (so that, capitalized at
// the start of a sentence or of a heading run into the text, they are words and not names: "Sau", "Vợ",
// "Tối"), which abbreviations it defines as common nouns ("thủ tục hành chính (TTHC)"), and which words
// end a person's full name in it (so that "Đức" alone is Mr Đức there, not Germany).
import { lexicons } from '../../lexicon/index.js'
import type { Word } from './words.js'

export interface ArticleWords {
  /** Folded keys of the words the article writes in lower case somewhere. */
  lower: ReadonlySet<string>
  /** Abbreviations the article defines after a lower-case phrase, as written. */
  commonAbbreviations: ReadonlySet<string>
  /** Folded last words of the Vietnamese full names the article writes (a surname, one to three words). */
  nameEnds: ReadonlySet<string>
}

export function readArticleWords(words: readonly Word[]): ArticleWords {
  const lower = new Set<string>()
  const commonAbbreviations = new Set<string>()
  const nameEnds = new Set<string>()
  const lex = lexicons()
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!w.cap) lower.add(w.key)
    else if (w.upper && i > 0 && /\(\s*$/u.test(words[i - 1]!.gap) && /^\s*\)/u.test(w.gap) && definedAsCommonNoun(words, i)) commonAbbreviations.add(w.text)
    else if (!w.upper && lex.isSurnameKey(w.key)) {
      let k = i + 1
      while (k < words.length && k - i < 4 && words[k]!.cap && !words[k]!.upper && words[k - 1]!.gap === ' ') k++
      if (k - i >= 2) nameEnds.add(words[k - 1]!.key)
    }
  }
  return { lower, commonAbbreviations, nameEnds }
}

// The first letter of a word, without its marks, in capitals: "Đ" stays, "ủ" is "U".
const initial = (text: string): string => text.charAt(0).normalize('NFD').charAt(0).toUpperCase()

/** "thủ tục hành chính (TTHC)": the words before the bracket, one per letter, open in lower case. */
function definedAsCommonNoun(words: readonly Word[], i: number): boolean {
  const letters = [...words[i]!.text.replace(/[^\p{L}]/gu, '')]
  const from = i - letters.length
  if (from < 0 || letters.length < 2) return false
  for (let k = from; k < i; k++) {
    if (initial(words[k]!.text) !== initial(letters[k - from]!)) return false
    if (k < i - 1 && words[k]!.gap !== ' ') return false
  }
  return !words[from]!.cap
}
