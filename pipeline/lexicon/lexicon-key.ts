// The key every lexicon lookup uses: foldKey, and one form for spellings of a name that differ only in
// punctuation ("TP.HCM", "TP. HCM", "TP HCM"; "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"; "K’Dang", "K' Dang").
import { foldKey } from '../text/fold.js'

const QUOTES = /[\u2018\u2019\u02bc]/g

export function lexiconKey(s: string): string {
  const quoted = s.includes('\u2018') || s.includes('\u2019') || s.includes('\u02bc')
  const key = foldKey(quoted ? s.replace(QUOTES, "'") : s)
  // Most names have no dot, dash or apostrophe: foldKey's key (already trimmed) is the key.
  if (!key.includes('-') && !key.includes('.') && !key.includes("'")) return key
  return key.replace(/\s*[-.]\s*/g, ' ').replace(/'\s+/g, "'").trim()
}
