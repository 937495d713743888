// Countries by the names Vietnamese articles give them ("Mỹ", "Hoa Kỳ", "Xin-ga-po"), with ISO codes.
import { indexNames } from './index-names.js'
import { lexiconKey } from './lexicon-key.js'

/** An entry of countries.json. */
export interface CountryEntry {
  code: string
  name: string
  aliases: string[]
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: string
  /** The short name Vietnamese official writing uses: "Hoa Kỳ". */
  readonly name: string
}

export interface CountryLexicon {
  lookup(name: string): Country | undefined
  /** Every name and alias, for building a matcher. */
  names(): string[]
}

export function compileCountries(entries: readonly CountryEntry[]): CountryLexicon {
  const index = indexNames<Country>('countries.json', entries.map(({ code, name, aliases }) => [[name, ...aliases], { code, name }]))
  const names = entries.flatMap(({ name, aliases }) => [name, ...aliases])
  return { lookup: (name) => index.get(lexiconKey(name)), names: () => [...names] }
}
