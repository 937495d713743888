// Every lookup the stages make, from one module: each lexicon is loaded from its data file once per
// process, on first use (see load.ts for the names and places, vocabulary.ts for official writing).
export { lexicons } from './load.js'
export { vocabulary, type HeadKind } from './vocabulary.js'
export { placePrefixes, type PlaceLevel, type PlacePrefix } from './place-prefixes.js'
export { nameCues } from './name-cues.js'
export { documentLexicon, issuerOfCode, issuesUnder, startsWithIssuer, startsWithKind, type DocumentKind } from './documents.js'
export { eventHeads } from './event-heads.js'
export { countryNameTrie, knownPlaces, knownPlaceStarts, type KnownPlace } from './known-places.js'
export { UNIT_PREFIX_SOURCE } from './admin-prefix.js'
export type { AdminLevel, AdminUnit } from './admin.js'
export type { RegionKind } from './regions.js'
export { PhraseTrie } from './phrase-trie.js'
