// Keys for comparing Vietnamese strings: one form for old- and new-style tone placement (hoà/hòa,
// thuỷ/thủy), case, dashes and white space. Text itself is never rewritten with these; only lookups are.

import { memoize } from './memo.js'

// Old style puts the tone on the second vowel of oa, oe, uy; new style on the first. Fold to new style.
const TONE_PLACEMENT: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
}
// Only open syllables differ between the styles (hoà/hòa); "hoàng" and "huỳnh" are spelled one way.
const TONE_PATTERN = /o[àáảãạèéẻẽẹ](?!\p{L})|u[ỳýỷỹỵ](?!\p{L})/gu
// "quý", "quỳnh": after q the u is part of the consonant, so the tone belongs on y in both styles.
const foldPlacement = (s: string): string =>
  s.replace(TONE_PATTERN, (m, offset: number) => (offset > 0 && s[offset - 1] === 'q' ? m : TONE_PLACEMENT[m]!))

/** Tone placement folded to the new style; case and everything else kept. */
export function foldTone(s: string): string {
  const nfc = s.normalize('NFC')
  if (!/[oOuU]/.test(nfc)) return nfc
  // Work on the lower-cased string to find pairs, then rebuild with the original case of each letter.
  const lower = nfc.toLowerCase()
  const folded = foldPlacement(lower)
  if (folded === lower) return nfc
  let out = ''
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc[i]!
    out += c === lower[i] ? folded[i] : folded[i]!.toUpperCase()
  }
  return out
}

/** The lookup key of a name: NFC, lower case, new-style tones, ASCII dashes, single spaces, trimmed. */
export const foldKey = memoize((s: string): string => {
  const key = foldPlacement(toNfc(s).toLowerCase())
  return SPACE_OR_DASH.test(key) ? key.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim() : key
}, 100_000)

const SPACE_OR_DASH = /[\s\u2010-\u2015\u2212]/
// Below U+0300 and among the precomposed Vietnamese letters (U+1EA0–U+1EF9) nothing changes under NFC:
// most strings, already composed, skip the normalizer, which costs more than the rest of the key.
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u1ea0-\u1ef9]/
const toNfc = (s: string): string => (MAY_CHANGE_UNDER_NFC.test(s) ? s.normalize('NFC') : s)
