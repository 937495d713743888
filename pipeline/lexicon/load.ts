// The lexicons, compiled once per process (and per worker thread, each having its own module state) on
// first use: every lookup is a Map or Set probe on a folded key, never a scan of a list.
import { compileAbbreviations, type AbbreviationLexicon, type AbbreviationRow } from './abbreviations.js'
import { compileAdmin, type AdminData, type AdminLexicon, type ProvinceAlias } from './admin.js'
import { compileCountries, withTerritories, type CountryEntry, type CountryLexicon, type TerritoryRow } from './countries.js'
import { compileNames, type GivenNameRow, type NameLexicon, type SurnameRow, type SurnamesExtra } from './names.js'
import { compilePublications, type PublicationEntry, type PublicationLexicon } from './publications.js'
import { readData } from './read-data.js'
import { compileRegions, withWorldPlaces, type RegionEntry, type RegionLexicon, type WorldCityRow } from './regions.js'
import { once } from '../text/memo.js'

export interface Lexicons extends NameLexicon {
  readonly admin: AdminLexicon
  readonly countries: CountryLexicon
  readonly regions: RegionLexicon
  readonly abbreviations: AbbreviationLexicon
  readonly publications: PublicationLexicon
}

export const lexicons = once(compile)

function compile(): Lexicons {
  const territories = readData<TerritoryRow[]>('territories.json')
  const countries = withTerritories(readData<{ countries: CountryEntry[] }>('countries.json').countries, territories)
  const adminData = readData<AdminData>('admin-units.json')
  const ownRegions = readData<{ regions: RegionEntry[] }>('regions.json').regions
  const provinceAliases = ownRegions
    .filter((r) => r.kind === 'province')
    .map(({ name, aliases = [], province }): ProvinceAlias => [[name, ...aliases], province ?? name])
  const admin = compileAdmin(adminData, provinceAliases)
  const countryNames = countries.flatMap((c) => [c.name, ...c.aliases])
  const regions = withWorldPlaces(ownRegions, territories, readData<WorldCityRow[]>('world-cities.json'), [...countryNames, ...admin.provinceNames()])
  return {
    ...compileNames(
      readData<SurnameRow[]>('surnames.json'),
      readData<SurnamesExtra>('surnames-extra.json'),
      readData<GivenNameRow[]>('given-names.json'),
    ),
    admin,
    countries: compileCountries(countries),
    regions: compileRegions(regions),
    abbreviations: compileAbbreviations(readData<AbbreviationRow[]>('abbreviations.json')),
    publications: compilePublications(readData<{ publications: PublicationEntry[] }>('publications.json').publications),
  }
}
