import { memoize } from './memo.js'

// Whether a word is a well-formed Vietnamese syllable: what reading a legacy encoding rightly gives, and
// what a foreign name (Higuain, Mourinho, Lavrov) is not.

// The five tone marks, apart from the letter diacritics (circumflex, breve, horn) that make ă, â, ơ ...
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g
const ACUTE = '\u0301'
const DOT_BELOW = '\u0323'

// Initial consonants; "gi" and "qu" are onsets of their own (giữa = gi + ưa, quốc = qu + ôc).
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?'
// Rimes without their tone, by first vowel, as Vietnamese spelling writes them. "êng" only follows gi
// (giếng: gi + iêng, one i written) and "ych", "ynh", "yt", "yu" only follow qu (quých, quỳnh, quýt, quỵu);
// allowed after any onset, they let a few non-words through, which is harmless for a score.
const RIMES = [
  'a|ac|ach|ai|am|an|ang|anh|ao|ap|at|au|ay',
  'ăc|ăm|ăn|ăng|ăp|ăt',
  'âc|âm|ân|âng|âp|ât|âu|ây',
  'e|ec|em|en|eng|eo|ep|et',
  'ê|êch|êm|ên|êng|ênh|êp|êt|êu',
  'i|ia|ich|im|in|inh|ip|it|iu|iêc|iêm|iên|iêng|iêp|iêt|iêu',
  'o|oc|oi|om|on|ong|op|ot|oa|oac|oach|oai|oam|oan|oang|oanh|oao|oap|oat|oay|oăc|oăm|oăn|oăng|oăt|oe|oem|oen|oeo|oet|ooc|oong',
  'ô|ôc|ôi|ôm|ôn|ông|ôp|ôt',
  'ơ|ơi|ơm|ơn|ơp|ơt',
  'u|uc|ui|um|un|ung|up|ut|ua|uân|uâng|uât|uây|uê|uêch|uênh|uơ|uôc|uôi|uôm|uôn|uông|uôt|uy|uya|uych|uyên|uyêt|uynh|uyt|uyu',
  'ư|ưc|ưi|ưm|ưn|ưng|ưt|ưu|ưa|ươc|ươi|ươm|ươn|ương|ươp|ươt|ươu',
  'y|ych|ynh|yt|yu|yêm|yên|yêng|yêt|yêu',
].join('|')
const SYLLABLE = new RegExp(`^${ONSET}(?:${RIMES})$`)
// A syllable closed by p, t, c or ch takes only the acute or the dot below.
const CHECKED = /(?:[ptc]|ch)$/

/** Whether a word is one well-formed Vietnamese syllable: onset, rime, at most one tone and an allowed one. */
export const isSyllable = memoize((word: string): boolean => readSyllable(word), 50_000)

function readSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONE)
  if (tones && tones.length > 1) return false
  const bare = decomposed.replace(TONE, '').normalize('NFC')
  if (!SYLLABLE.test(bare)) return false
  return !CHECKED.test(bare) || tones?.[0] === ACUTE || tones?.[0] === DOT_BELOW
}
