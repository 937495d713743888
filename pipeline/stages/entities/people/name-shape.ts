// The shape of a capitalized word: a Vietnamese syllable ("Phương"), a foreign name written in Latin
// letters ("Higuain", "al-Assad", "O'Neill", "Müller"), or an abbreviation (UBND, FIFA). Vietnamese
// names are syllables; a word that is not one, in a Vietnamese text, is a foreign name or a code.
import { memoize } from '../../../text/memo.js'
import { isSyllable } from '../../../text/syllable.js'
import type { Word } from '../words.js'

const LATIN = /^[\p{Script=Latin}'’.-]+$/u
// Particles inside foreign names, written in lower case: "Lula da Silva", "Marco van Basten", "al-Assad".
const PARTICLES = new Set(['da', 'de', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'al', 'el', 'bin', 'ben', 'la', 'le', 'du', 'y', 'e', 'ibn', 'abu', 'bint', 'ter', 'ten', 'zu'])

/** A capitalized word in Latin letters that is no Vietnamese syllable, or of which a part is none. */
export const isForeignWord = memoize(
  (text: string): boolean => /^\p{Lu}/u.test(text) && LATIN.test(text) && text.split(/[-'’.]/u).some((part) => part !== '' && /\p{L}/u.test(part) && !isSyllable(part)),
  20_000,
)

/** A word of a foreign name that opens with a lower-case particle: "al-Assad", "d'Alembert", "ibn-Saud". */
export const isParticleName = (text: string): boolean => /^(al|el|ad|as|ash|at|az|ar|bin|ibn|abu|de|da|di|du|van|von|del|le|la|d|l|o)[-'’]\p{Lu}/u.test(text)

/** Whether a word is one of a foreign name's particles ("de", "da", "van"), in any case. */
export const isParticleWord = (text: string): boolean => PARTICLES.has(text.toLowerCase())

/** A lower-case particle of a foreign name ("da", "van", "al"), between two capitalized words. */
export const isParticle = (words: readonly Word[], k: number): boolean =>
  !words[k]!.cap && PARTICLES.has(words[k]!.text) && k > 0 && words[k - 1]!.cap && words[k + 1]?.cap === true

/** An abbreviation: capitals (and digits or &), two letters or more ("VFF", "G20", "AT&T", "PSG"). */
export const isAbbreviation = (w: Word): boolean => w.upper && !/[a-zà-ỹđ]/u.test(w.text)

// Letters only Vietnamese writes among the Latin scripts: the breve, the circumflex, the horn, đ, and the
// hook above and the dot below.
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu

/** A word with a letter only Vietnamese writes ("Điện", "Ả-rập", "Chư"): not a foreign name's. */
export const hasVietnameseLetter = (text: string): boolean => VIETNAMESE_LETTER.test(text)
