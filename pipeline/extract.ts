// The extraction pipeline: one unified processor whose stages read and write the article's vfile.
// Data flows one way: bytes → text → sections → tree → candidates → entities → record.
import { createHash } from 'node:crypto'
import type { Root as NlcstRoot } from 'nlcst'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { UsageError } from './errors.js'
import type { Article } from './schema-types.js'
import { assembleStage } from './stages/assemble.js'
import { checkBudget } from './stages/budget.js'
import { cleanStage } from './stages/clean.js'
import type { DataKey, SourceFormat, SourceInfo, Stage, StageDefinition } from './stages/data.js'
import { decodeStage, detectFormat } from './stages/decode.js'
import { entitiesStage } from './stages/entities/index.js'
import { linkStage } from './stages/link.js'
import { metadataStage } from './stages/metadata.js'
import { parseStage } from './stages/parse.js'
import { recordStage } from './stages/record.js'
import { sectionsStage } from './stages/sections.js'
import { validateStage } from './stages/validate.js'

/** The stages in the order they run; their names are recorded in every manifest. */
export const PIPELINE_STAGES: readonly StageDefinition[] = [decodeStage, assembleStage, cleanStage, sectionsStage, metadataStage, parseStage, entitiesStage, linkStage, recordStage, validateStage]

export const STAGES = PIPELINE_STAGES.map((stage) => stage.name)

// What a file holds before the first stage: set by prepareFile and runPipeline.
const PREPARED: readonly DataKey[] = ['source', 'budget']

/** Builds the processor from stages (the pipeline's, or instrumented ones for profiling); the article's
 * time budget is checked after each stage. A stage that reads a key no stage before it writes is refused
 * here, when the pipeline is built, not on some article later. */
export function buildPipeline(stages: readonly StageDefinition[]): Processor<undefined, NlcstRoot, NlcstRoot> {
  const written = new Set<DataKey>(PREPARED)
  let processor = unified() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>
  for (const { name, reads, writes, plugin } of stages) {
    const unwritten = reads.filter((key) => !written.has(key))
    if (unwritten.length > 0) throw new Error(`trich: stage ${name} reads file.data.${unwritten.join(', file.data.')}, which no stage before it writes`)
    for (const key of writes) written.add(key)
    processor = processor.use(withBudget(name, plugin))
  }
  return processor.freeze()
}

function withBudget(name: string, plugin: Stage): Stage {
  return function (this: Processor) {
    const transform = plugin.call(this) as (tree: NlcstRoot, file: VFile) => NlcstRoot | undefined | void
    return (tree: NlcstRoot, file: VFile) => {
      const out = transform(tree, file)
      checkBudget(file, name)
      return out
    }
  } as Stage
}

export const pipeline = buildPipeline(PIPELINE_STAGES)

const placeholder = (): NlcstRoot => ({ type: 'RootNode', children: [] })

/** The time budget the runner gives an article unless told otherwise. */
export const DEFAULT_BUDGET_MS = 30_000

export interface PipelineOptions {
  /** Milliseconds the article may take; past them it fails with rule `time-budget`. Default: no limit. */
  budgetMs?: number
}

/** The vfile the stages start from, for every entry point (one article, a drop's file, a JSON Lines
 * line): the article's bytes, or its text already decoded, and where it came from. */
export function prepareFile(value: string | Uint8Array, source: SourceInfo): VFile {
  return new VFile({ path: source.path, value, data: { source } })
}

/** Runs the stages on a prepared vfile (value: bytes or decoded text; `data.source` set). Throws a
 * fatal VFileMessage for an article that cannot be processed. */
export function runPipeline(file: VFile, { budgetMs }: PipelineOptions = {}): Article {
  if (budgetMs !== undefined) file.data.budget = { ms: budgetMs, deadline: performance.now() + budgetMs }
  pipeline.runSync(placeholder(), file)
  return file.data.record!
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

export interface ExtractOptions extends PipelineOptions {
  /** Where the article came from, relative to its drop (default `article.txt`, or `.html` for HTML). */
  path?: string
  /** Default: from the path's extension, else sniffed. */
  format?: SourceFormat
}

/** Extracts one article (plain text or HTML; bytes in any supported encoding, or a string). */
export function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new UsageError(`extractArticle(input): the input is an article's text (a string) or its bytes (a Uint8Array), not ${input === null ? 'null' : typeof input}`)
  }
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const path = options.path ?? 'article.txt'
  const format = options.format ?? detectFormat(path, bytes)
  const source: SourceInfo = { path, sha256: sha256(bytes), format, ...(typeof input === 'string' ? { encoding: 'utf-8' } : {}) }
  return runPipeline(prepareFile(typeof input === 'string' ? input : bytes, source), options)
}
