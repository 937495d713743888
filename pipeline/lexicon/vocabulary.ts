// The project's own vocabularies of official writing (organizations, offices, function words, aliases
// of historical figures), loaded once per process and compiled to tries and sets.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lexiconDir } from '../paths.js'
import { foldKey } from '../text/fold.js'
import { PhraseTrie } from './phrase-trie.js'
import { once } from '../text/memo.js'

export type HeadKind = 'name' | 'field' | 'place' | 'placed' | 'complete'

export interface Vocabulary {
  /** Words that open an organization's name, with what may follow them. */
  orgHeads: PhraseTrie<{ head: string; kind: HeadKind }>
  /** Fields that name ministries and departments ("Kế hoạch và Đầu tư"). */
  domains: PhraseTrie<string>
  /** Short forms of organizations and fields, by their exact spelling. */
  orgAbbreviations: Map<string, string>
  /** Folded short name → full name of bodies often written short ("Ban Bí thư"). */
  orgCanonical: Map<string, string>
  /** Short forms that name an organization on their own (UBND, NHNN, UNESCO). */
  standaloneOrgs: Set<string>
  /** Folded words a company's name never runs into. */
  companyNameEnds: Set<string>
  /** Folded words before an outlet's name that make it the outlet cited. */
  outletCues: Set<string>
  roles: PhraseTrie<string>
  qualifiers: PhraseTrie<string>
  ranks: PhraseTrie<string>
  honorifics: PhraseTrie<string>
  /** Words that join two offices of one person ("kiêm"). */
  connectors: PhraseTrie<string>
  /** Words that say the person named before them holds the offices after them ("là", "được bầu làm"). */
  copulas: PhraseTrie<string>
  /** Folded function words: a name never continues into one. */
  functionWords: Set<string>
  /** Aliases of historical figures, as written, with the canonical name: "Bác Hồ" → "Hồ Chí Minh". */
  personAliases: PhraseTrie<{ alias: string; name: string }>
}

const read = <T>(name: string): T => JSON.parse(readFileSync(join(lexiconDir, name), 'utf8')) as T

export const vocabulary = once((): Vocabulary => {
  const orgs = read<{ heads: Record<string, HeadKind>; domains: string[]; abbreviations: Record<string, string>; standalone: string[]; canonical: Record<string, string>; companyNameEnds: string[]; outletCues: string[] }>('organizations.json')
  const titles = read<{ roles: string[]; qualifiers: string[]; ranks: string[]; honorifics: string[]; connectors: string[]; copulas: string[] }>('titles.json')
  const phrases = (list: string[]): PhraseTrie<string> => new PhraseTrie(list.map((p) => [p, p]))
  return {
    orgHeads: new PhraseTrie(Object.entries(orgs.heads).map(([head, kind]) => [head, { head, kind }])),
    // Domains are matched across their commas and dashes ("Văn hóa, Thể thao và Du lịch"), so their
    // keys leave them out; the value keeps the spelling.
    domains: new PhraseTrie(orgs.domains.map((d) => [d.replace(/\s*[,–-]\s*/g, ' '), d])),
    orgCanonical: new Map(Object.entries(orgs.canonical).map(([short, full]) => [foldKey(short), full])),
    orgAbbreviations: new Map(Object.entries(orgs.abbreviations)),
    standaloneOrgs: new Set(orgs.standalone),
    companyNameEnds: new Set(orgs.companyNameEnds.map(foldKey)),
    outletCues: new Set(orgs.outletCues.map(foldKey)),
    roles: phrases(titles.roles),
    qualifiers: phrases(titles.qualifiers),
    ranks: phrases(titles.ranks),
    honorifics: phrases(titles.honorifics),
    connectors: phrases(titles.connectors),
    copulas: phrases(titles.copulas),
    functionWords: new Set(read<{ words: string[] }>('function-words.json').words.map(foldKey)),
    personAliases: new PhraseTrie(Object.entries(read<{ aliases: Record<string, string> }>('person-aliases.json').aliases).map(([alias, name]) => [alias, { alias, name }])),
  }
})
