// News outlets and agencies by the names and tags articles credit them with ("TTXVN", "LĐ online",
// "Chinhphu.vn"), so a credit is not taken for an author.
import { indexNames } from './index-names.js'
import { lexiconKey } from './lexicon-key.js'

/** An entry of publications.json. */
export interface PublicationEntry {
  name: string
  tag?: string
  agency: boolean
  aliases: string[]
}

export interface Publication {
  readonly name: string
  /** The short credit: "TTXVN", "TTO". */
  readonly tag?: string
  /** A news or photo agency or national broadcaster, whose name credits syndicated text and photos. */
  readonly agency: boolean
}

export interface PublicationLexicon {
  lookup(tagOrName: string): Publication | undefined
  /** Every name, tag and alias, for building a matcher. */
  names(): string[]
}

export function compilePublications(entries: readonly PublicationEntry[]): PublicationLexicon {
  const all = (e: PublicationEntry) => [e.name, ...(e.tag === undefined ? [] : [e.tag]), ...e.aliases]
  const index = indexNames<Publication>(
    'publications.json',
    entries.map((e) => [all(e), { name: e.name, ...(e.tag !== undefined && { tag: e.tag }), agency: e.agency }]),
  )
  const names = entries.flatMap(all)
  return { lookup: (tagOrName) => index.get(lexiconKey(tagOrName)), names: () => [...names] }
}
