// Names written in capitals (bylines, letterheads) are shown in title case: "DUY DANH" → "Duy Danh".

/** Title case for a string written all in capitals; anything else is returned unchanged. */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase() || s === s.toLowerCase()) return s
  return s.toLowerCase().replace(/(^|[\s\-–(/])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toUpperCase())
}

/** True when the word starts with a capital letter. */
export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word)
