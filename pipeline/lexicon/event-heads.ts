// The heads that open an event's name ("Đại hội", "Lễ hội", "Kỳ họp"), with the kind of event each names
// (events.json), compiled once per process.
import { PhraseTrie } from './phrase-trie.js'
import { readData } from './read-data.js'
import { once } from '../text/memo.js'

export const eventHeads = once((): PhraseTrie<string> => new PhraseTrie(Object.entries(readData<{ heads: Record<string, string> }>('events.json').heads)))
