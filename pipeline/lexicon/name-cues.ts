// The words around a name that say whether it names a person, an organization or a place
// (name-cues.json), compiled once per process to tries and sets.
import { foldKey } from '../text/fold.js'
import { PhraseTrie } from './phrase-trie.js'
import { readData } from './read-data.js'
import { once } from '../text/memo.js'

export interface NameCues {
  /** Professions and descriptions before a person's name: "tiền đạo", "HLV", "ca sĩ". */
  personBefore: PhraseTrie<string>
  /** Common nouns before an organization's name, outside it: "công ty", "hãng tin", "nhóm". */
  orgBefore: PhraseTrie<string>
  /** Words that make a place's name a team's, inside it: "tuyển", "đội tuyển". */
  teamBefore: PhraseTrie<string>
  /** The state's institutions, which a country after them makes an organization: "quân đội Syria". */
  stateBefore: PhraseTrie<string>
  /** The state's missions abroad, whose host may follow "tại": "Đại sứ quán". */
  missions: PhraseTrie<string>
  /** Nouns of kinds of place before a place's name: "bang", "sân", "thành phố". */
  placeBefore: PhraseTrie<string>
  /** Prepositions of place: "tại", "ở". */
  locatives: PhraseTrie<string>
  /** Folded first words of clubs' and companies' names: "ac", "real", "fc". */
  orgPrefixes: PhraseTrie<string>
  /** Folded last words of organizations' names: "united", "times", "inc". */
  orgSuffixes: ReadonlySet<string>
  /** Folded words that make a name a competition's or an event's: "cup", "league", "open". */
  eventWords: ReadonlySet<string>
  /** Nouns of things before their names: "xe", "mẫu", "phim", "giải". */
  productBefore: PhraseTrie<string>
  /** Verbs of football whose object is a club: "khoác áo", "gia nhập". */
  teamVerbs: PhraseTrie<string>
  /** Verbs of a match, whose object is a side: "đánh bại", "cầm hòa". */
  matchVerbs: PhraseTrie<string>
  /** A match's score: 0-2. */
  score: RegExp
  /** An age-group team code: U20, U23. */
  teamCode: RegExp
  /** Verbs after a person's name: "cho biết", "nói". */
  personAfter: PhraseTrie<string>
  /** Words as written that name nothing: USD, GDP, CEO, Facebook. */
  notNames: ReadonlySet<string>
  /** The folded first words of the cues an organization's name follows in lower case (orgBefore,
   * teamBefore, stateBefore, teamVerbs, matchVerbs): a word not in it opens none. */
  lowerStarts: ReadonlySet<string>
}

interface NameCuesData {
  personBefore: string[]
  orgBefore: string[]
  teamBefore: string[]
  stateBefore: string[]
  missions: string[]
  placeBefore: string[]
  locatives: string[]
  orgPrefixes: string[]
  orgSuffixes: string[]
  eventWords: string[]
  productBefore: string[]
  teamVerbs: string[]
  matchVerbs: string[]
  score: string
  teamCode: string
  personAfter: string[]
  notNames: string[]
}

export const nameCues = once((): NameCues => {
  const data = readData<NameCuesData>('name-cues.json')
  const trie = (list: string[]): PhraseTrie<string> => new PhraseTrie(list.map((p) => [p, p]))
  return {
    personBefore: trie(data.personBefore),
    orgBefore: trie(data.orgBefore),
    teamBefore: trie(data.teamBefore),
    stateBefore: trie(data.stateBefore),
    missions: trie(data.missions),
    placeBefore: trie(data.placeBefore),
    locatives: trie(data.locatives),
    orgPrefixes: trie(data.orgPrefixes),
    orgSuffixes: new Set(data.orgSuffixes.map(foldKey)),
    eventWords: new Set(data.eventWords.map(foldKey)),
    productBefore: trie(data.productBefore),
    teamVerbs: trie(data.teamVerbs),
    matchVerbs: trie(data.matchVerbs),
    score: new RegExp(data.score, 'u'),
    teamCode: new RegExp(data.teamCode, 'u'),
    personAfter: trie(data.personAfter),
    notNames: new Set(data.notNames.map((n) => foldKey(n))),
    lowerStarts: new Set([data.orgBefore, data.teamBefore, data.stateBefore, data.teamVerbs, data.matchVerbs].flat().map((p) => foldKey(p).split(' ')[0]!)),
  }
})
