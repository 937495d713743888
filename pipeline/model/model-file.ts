// The shipped model file: a header line of JSON (what the model is and what it was trained on), then the
// weights as little-endian 16-bit integers (emissions, then transitions), at an even offset so that they
// are read in place. Loading is one read and one view: no index is rebuilt, nothing is hashed.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { packageRoot } from '../paths.js'
import { once } from '../text/memo.js'
import { BUCKET_BITS, FEATURES_PER_WORD } from './features.js'
import { BUCKETS, START, TAG_NAMES, TAGS, type Weights } from './tagger.js'

/** Where the model ships, and where `trich train` writes it. */
export const MODEL_PATH = join(packageRoot, 'pipeline', 'model', 'ner.bin')

/** The version of the features and the file's layout: a model of another version is refused. */
export const MODEL_FORMAT = 'trich-ner/1'

export interface ModelHeader {
  format: string
  /** sha256 of the training data (data/ner/ner.jsonl) it was trained on. */
  training_sha256: string
  bucket_bits: number
  features_per_word: number
  tags: readonly string[]
  epochs: number
  seed: number
  /** The weights are stored as round(weight × scale). */
  scale: number
  /** The scores are read as log-potentials divided by it, for the mentions' scores (see train.ts). */
  temperature: number
}

export interface NerModel extends Weights {
  header: ModelHeader
}

const ROWS = BUCKETS * TAGS
const TRANSITIONS = (START + 1) * TAGS

/** The file's bytes for trained weights (in the weights' own units). */
export function encodeModel(weights: { emissions: Float64Array; transitions: Float64Array }, header: Omit<ModelHeader, 'scale' | 'format' | 'bucket_bits' | 'features_per_word' | 'tags'>): Buffer {
  let max = 0
  for (const w of weights.emissions) max = Math.max(max, Math.abs(w))
  for (const w of weights.transitions) max = Math.max(max, Math.abs(w))
  const scale = max === 0 ? 1 : 32_767 / max
  const full: ModelHeader = { format: MODEL_FORMAT, bucket_bits: BUCKET_BITS, features_per_word: FEATURES_PER_WORD, tags: TAG_NAMES, ...header, scale }
  let head = `${JSON.stringify(full)}\n`
  if (head.length % 2 === 1) head = `${JSON.stringify(full)} \n`
  const values = new Int16Array(ROWS + TRANSITIONS)
  weights.emissions.forEach((w, i) => (values[i] = Math.round(w * scale)))
  weights.transitions.forEach((w, i) => (values[ROWS + i] = Math.round(w * scale)))
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(values.buffer)])
}

/** The model in `bytes`; a file of another format, or cut short, is refused with the reason. */
export function decodeModel(bytes: Buffer, path = MODEL_PATH): NerModel {
  const eol = bytes.indexOf(0x0a)
  let header: ModelHeader
  try {
    header = JSON.parse(bytes.subarray(0, eol).toString('utf8')) as ModelHeader
  } catch {
    throw new Error(`${path}: not a trich model file (no header)`)
  }
  if (header.format !== MODEL_FORMAT || header.features_per_word !== FEATURES_PER_WORD || header.bucket_bits !== BUCKET_BITS) {
    throw new Error(`${path}: a model of format ${String(header.format)} with ${header.features_per_word} features a word; this trich reads ${MODEL_FORMAT} with ${FEATURES_PER_WORD} (run trich train)`)
  }
  const start = eol + 1
  if (start % 2 !== 0 || bytes.length - start !== (ROWS + TRANSITIONS) * 2) throw new Error(`${path}: the weights are not whole (${bytes.length - start} bytes)`)
  // An aligned copy when the buffer's own offset is odd (a pooled Buffer); else a view.
  const at = bytes.byteOffset + start
  const values = at % 2 === 0 ? new Int16Array(bytes.buffer, at, ROWS + TRANSITIONS) : new Int16Array(bytes.subarray(start).buffer.slice(at, at + (ROWS + TRANSITIONS) * 2))
  return {
    header,
    emissions: values.subarray(0, ROWS),
    transitions: values.subarray(ROWS),
  }
}

/** The shipped model, loaded on first use. */
export const shippedModel = once((): NerModel => decodeModel(readFileSync(MODEL_PATH)))

/** What a manifest records of the shipped model: read by the runner once per run, so that the threads
 * that tag articles neither hash the file nor keep a second copy of it. */
export async function shippedModelInfo(): Promise<{ format: string; sha256: string; training_sha256: string }> {
  const bytes = await readFile(MODEL_PATH)
  const { header } = decodeModel(bytes)
  return { format: header.format, sha256: createHash('sha256').update(bytes).digest('hex'), training_sha256: header.training_sha256 }
}
