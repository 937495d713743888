// Abbreviations of Vietnamese official and news writing and what they stand for: "UBND" → "Ủy ban Nhân
// dân". Case matters (the source's lower-case forms are dropped), so keys are the abbreviations as written.

/** abbreviations.json: [abbreviation, expansions], the usual expansion first. */
export type AbbreviationRow = [abbreviation: string, expansions: string[]]

export interface AbbreviationLexicon {
  /** The expansions of an abbreviation written exactly so, or none. */
  expand(abbreviation: string): string[]
}

export function compileAbbreviations(rows: readonly AbbreviationRow[]): AbbreviationLexicon {
  const index = new Map(rows.map(([abbreviation, expansions]) => [abbreviation.normalize('NFC'), expansions]))
  return { expand: (abbreviation) => [...(index.get(abbreviation.normalize('NFC').trim()) ?? [])] }
}
