// Names of administrative units often carry their type: "tỉnh Lâm Đồng", "TP.HCM", "xã Ba Chẽ". The
// words that do, with the types they may name, are one table (place-prefixes.json's `units`): the place
// recognizer, the organizations' and the documents' issuers' readers all take them from here.
import type { AdminType } from './admin.js'
import { lexiconKey } from './lexicon-key.js'
import { readData } from './read-data.js'

const UNITS = readData<{ units: Array<[prefix: string, types: AdminType[]]> }>('place-prefixes.json').units

/** The words of a unit's type as a pattern's alternation, longest first ("huyện đảo" before "huyện"),
 * "TP" with or without its full stop ("TP.", "TP"). */
export const UNIT_PREFIX_SOURCE = UNITS.map(([prefix]) => (prefix === 'TP' ? 'TP\\.?' : prefix)).join('|')

// Keys as lexiconKey makes them ("TP." is "tp"); the types that admin-units.json holds.
const TYPED = UNITS.filter(([, types]) => types.length > 0).map(([prefix, types]) => [lexiconKey(prefix), types] as const)

export interface AdminPrefix {
  /** The key of the name after the prefix. */
  rest: string
  types: AdminType[]
}

/** The prefix of a name's key, or undefined when it has none. */
export function splitAdminPrefix(key: string): AdminPrefix | undefined {
  for (const [prefix, types] of TYPED) {
    if (key.startsWith(prefix + ' ')) return { rest: key.slice(prefix.length + 1), types: [...types] }
  }
  return undefined
}
