// Countries by the names Vietnamese articles give them ("Mỹ", "Hoa Kỳ", "Xin-ga-po"), with ISO codes:
// the project's own list (countries.json: the names the press writes), completed by CLDR's Vietnamese
// territory names (territories.json), which also brings the territories the project's list leaves out.
import { indexNames } from './index-names.js'
import { lexiconKey } from './lexicon-key.js'

/** An entry of countries.json. */
export interface CountryEntry {
  code: string
  name: string
  aliases: string[]
}

/** territories.json (CLDR): [code, name, other forms…]; codes are ISO 3166-1 alpha-2 or UN M49 numbers. */
export type TerritoryRow = [code: string, ...names: string[]]

/** The entries of countries.json with CLDR's names of each code added, and CLDR's other territories. */
export function withTerritories(entries: readonly CountryEntry[], territories: readonly TerritoryRow[]): CountryEntry[] {
  const byCode = new Map(entries.map((e) => [e.code, { ...e, aliases: [...e.aliases] }]))
  const taken = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(lexiconKey)))
  for (const [code, ...names] of territories) {
    if (!/^[A-Z]{2}$/.test(code)) continue
    const fresh = names.filter((n) => !taken.has(lexiconKey(n)))
    if (fresh.length === 0) continue
    const entry = byCode.get(code)
    if (entry) entry.aliases.push(...fresh)
    else byCode.set(code, { code, name: fresh[0]!, aliases: fresh.slice(1) })
    for (const n of fresh) taken.add(lexiconKey(n))
  }
  return [...byCode.values()]
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
