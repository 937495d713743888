// Extraction keeps each article's syntax tree alive while the recognizers run. Seeing parse-latin's nodes
// survive collections, V8 moves their allocation into the old generation ("allocation-site
// pretenuring"): parsing then ran three times slower and every collection copied more (measured with
// `node bench/stage-times.mjs`: 0.96 MB/s with it, 1.6 MB/s without). The runner turns it off for its
// process, threads included; the library alone leaves its host's V8 as it is.
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--no-allocation-site-pretenuring')
