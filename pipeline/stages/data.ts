// The keys every stage reads and writes on `file.data`, typed in one place.
import type { Root as NlcstRoot } from 'nlcst'
import type { Candidate } from './entities/candidate.js'
import type { OffsetMap } from '../text/offset-map.js'
import type { Article, Author, Entity, Publication, Section } from '../schema-types.js'

export type SourceFormat = 'text' | 'html' | 'jsonl'

export interface SourceInfo {
  /** Path relative to the drop, `/`-separated. */
  path: string
  line?: number
  sha256: string
  format: SourceFormat
  encoding?: string
  encodingConfidence?: number
  url?: string
  originalId?: string
}

/** A part of the article that its source format already delimits (HTML elements, JSON fields). */
export interface Block {
  kind: Section['kind'] | 'body'
  text: string
}

/** What the source says about the article besides its text. */
export interface SourceFields {
  title?: string | null
  lead?: string | null
  published?: string | null
  authors?: string[]
  publisher?: string | null
  url?: string | null
  id?: string | null
}

/** How long an article may take, and when it must be done by (a `performance.now()` time). */
export interface Budget {
  ms: number
  deadline: number
}

declare module 'vfile' {
  interface DataMap {
    /** runPipeline: the article's time budget, checked by `checkBudget`; absent, there is none. */
    budget: Budget
    /** decode: where the article came from. */
    source: SourceInfo
    /** assemble: the parts the format delimits; absent for plain text. */
    blocks: Block[]
    /** assemble: metadata given by the source (HTML meta, JSON fields). */
    fields: SourceFields
    /** clean: the cleaned text every offset points into, and its map back to the decoded source. */
    text: string
    offsets: OffsetMap
    /** clean: a date left by the crawler in front of the text (` date 2022-01`). */
    crawlerDate: string
    /** clean: where each part the source format delimits lies in `text` (absent for plain text). */
    blockSpans: Section[]
    /** sections: the article's parts, with offsets into `text`. */
    sections: Section[]
    title: string | null
    lead: string | null
    authors: Author[]
    publication: Publication | null
    published: string | null
    /** entities: what the recognizers found. */
    candidates: Candidate[]
    /** link: candidates grouped into entities. */
    entities: Entity[]
    /** record: the article record, as validated and written. */
    record: Article
  }
}

/** A stage's options: scalars, so that a manifest can record them and a CLI flag can set them. */
export type StageOptions = Readonly<Record<string, number | string | boolean>>

/** A stage: a unified plugin over the article's tree (an empty root until the parse stage fills it),
 * given its options with every default filled in. */
export type Stage<O extends StageOptions = StageOptions> = import('unified').Plugin<[O], NlcstRoot>

/** A key of `file.data`. */
export type DataKey = keyof import('vfile').DataMap

/** What a stage is to the pipeline: its name (in every manifest), the `file.data` keys it reads (each
 * written by an earlier stage, or set when the file is prepared: `source`, `budget`) and writes, its
 * options with their defaults, and its plugin. The pipeline checks the order when it is built. */
export interface StageDefinition<O extends StageOptions = StageOptions> {
  name: string
  reads: readonly DataKey[]
  writes: readonly DataKey[]
  options: O
  plugin: Stage<O>
}

/** A stage's definition; one with no options may leave them out. */
export const defineStage = <O extends StageOptions = Record<string, never>>(definition: Omit<StageDefinition<O>, 'options'> & { options?: O }): StageDefinition =>
  ({ ...definition, options: definition.options ?? {} }) as unknown as StageDefinition
