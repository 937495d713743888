// The heads that open an event's name ("Đại hội", "Lễ hội", "Kỳ họp"), with the kind of event each names
// (events.json), compiled once per process.
import { PhraseTrie } from './phrase-trie.js'
import { readData } from './read-data.js'

let heads: PhraseTrie<string> | undefined

export function eventHeads(): PhraseTrie<string> {
  heads ??= new PhraseTrie(Object.entries(readData<{ heads: Record<string, string> }>('events.json').heads))
  return heads
}
