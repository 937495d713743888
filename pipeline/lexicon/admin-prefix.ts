// Names of administrative units often carry their type: "tỉnh Lâm Đồng", "TP.HCM", "xã Ba Chẽ".
// The prefix is split off and says which types of unit the rest may name.
import type { AdminType } from './admin.js'

// Keys as lexiconKey makes them ("TP." is "tp"); longer prefixes first so "huyện đảo" wins over "huyện".
const PREFIXES: [prefix: string, types: AdminType[]][] = [
  ['thành phố', ['thành phố']],
  ['tp', ['thành phố']],
  ['tỉnh', ['tỉnh']],
  ['huyện đảo', ['huyện']],
  ['huyện', ['huyện']],
  ['thị trấn', ['thị trấn']],
  ['phường', ['phường']],
  ['xã', ['xã']],
  ['đặc khu', ['đặc khu']],
]

export interface AdminPrefix {
  /** The key of the name after the prefix. */
  rest: string
  types: AdminType[]
}

/** The prefix of a name's key, or undefined when it has none. */
export function splitAdminPrefix(key: string): AdminPrefix | undefined {
  for (const [prefix, types] of PREFIXES) {
    if (key.startsWith(prefix + ' ')) return { rest: key.slice(prefix.length + 1), types }
  }
  return undefined
}
