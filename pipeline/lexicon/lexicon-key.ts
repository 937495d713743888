// The key every lexicon lookup uses: foldKey, and one form for spellings of a name that differ only in
// punctuation ("TP.HCM", "TP. HCM", "TP HCM"; "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"; "K’Dang", "K' Dang").
import { foldKey } from '../text/fold.js'

export function lexiconKey(s: string): string {
  return foldKey(s.replace(/[\u2018\u2019\u02bc]/g, "'"))
    .replace(/\s*[-.]\s*/g, ' ')
    .replace(/'\s+/g, "'")
    .trim()
}
