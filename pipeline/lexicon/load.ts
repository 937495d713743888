// The lexicons, compiled once per process (and per worker thread, each having its own module state) on
// first use: every lookup is a Map or Set probe on a folded key, never a scan of a list.
import { compileAbbreviations, type AbbreviationLexicon, type AbbreviationRow } from './abbreviations.js'
import { compileAdmin, type AdminData, type AdminLexicon, type ProvinceAlias } from './admin.js'
import { compileCountries, type CountryEntry, type CountryLexicon } from './countries.js'
import { compileNames, type GivenNameRow, type NameLexicon, type SurnameRow, type SurnamesExtra } from './names.js'
import { compilePublications, type PublicationEntry, type PublicationLexicon } from './publications.js'
import { readData } from './read-data.js'
import { compileRegions, type RegionEntry, type RegionLexicon } from './regions.js'

export interface Lexicons extends NameLexicon {
  readonly admin: AdminLexicon
  readonly countries: CountryLexicon
  readonly regions: RegionLexicon
  readonly abbreviations: AbbreviationLexicon
  readonly publications: PublicationLexicon
}

let cached: Lexicons | undefined

export function lexicons(): Lexicons {
  return (cached ??= compile())
}

function compile(): Lexicons {
  const regions = readData<{ regions: RegionEntry[] }>('regions.json').regions
  const provinceAliases = regions
    .filter((r) => r.kind === 'province')
    .map(({ name, aliases = [], province }): ProvinceAlias => [[name, ...aliases], province ?? name])
  return {
    ...compileNames(
      readData<SurnameRow[]>('surnames.json'),
      readData<SurnamesExtra>('surnames-extra.json'),
      readData<GivenNameRow[]>('given-names.json'),
    ),
    admin: compileAdmin(readData<AdminData>('admin-units.json'), provinceAliases),
    countries: compileCountries(readData<{ countries: CountryEntry[] }>('countries.json').countries),
    regions: compileRegions(regions),
    abbreviations: compileAbbreviations(readData<AbbreviationRow[]>('abbreviations.json')),
    publications: compilePublications(readData<{ publications: PublicationEntry[] }>('publications.json').publications),
  }
}
