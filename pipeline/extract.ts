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
import type { DataKey, SourceFormat, SourceInfo, Stage, StageDefinition, StageOptions } from './stages/data.js'
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

/** Options for some stages, by stage name; what is not given keeps its default. */
export type StageSettings = Readonly<Record<string, StageOptions>>

/** A stage as a manifest records it: its name and every option's value. */
export interface StageRun {
  name: string
  options: StageOptions
}

/** Every stage with its options: the defaults, overridden by `settings`. A setting for a stage or an
 * option that does not exist, or of the wrong type, is refused. */
export function stageRuns(stages: readonly StageDefinition[], settings: StageSettings = {}): StageRun[] {
  for (const [name, given] of Object.entries(settings)) {
    const stage = stages.find((s) => s.name === name)
    if (!stage) throw new UsageError(`stage settings: there is no stage ${name} (the stages: ${stages.map((s) => s.name).join(', ')})`)
    for (const [key, value] of Object.entries(given)) {
      if (!(key in stage.options)) throw new UsageError(`stage settings: stage ${name} has no option ${key}`)
      if (typeof value !== typeof stage.options[key]) throw new UsageError(`stage settings: ${name}.${key} is a ${typeof stage.options[key]}, not ${JSON.stringify(value)}`)
    }
  }
  return stages.map(({ name, options }) => ({ name, options: { ...options, ...settings[name] } }))
}

/** Whether the entities stage runs the name tagger. */
export const usesModel = (runs: readonly StageRun[]): boolean => runs.some((run) => run.name === 'entities' && run.options.model === true)

/** Builds the processor from stages (the pipeline's, or instrumented ones for profiling) with their
 * options; the article's time budget is checked after each stage. A stage that reads a key no stage
 * before it writes is refused here, when the pipeline is built, not on some article later. */
export function buildPipeline(stages: readonly StageDefinition[], settings: StageSettings = {}): Processor<undefined, NlcstRoot, NlcstRoot> {
  const runs = stageRuns(stages, settings)
  const written = new Set<DataKey>(PREPARED)
  let processor = unified() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>
  stages.forEach(({ name, reads, writes, plugin }, i) => {
    const unwritten = reads.filter((key) => !written.has(key))
    if (unwritten.length > 0) throw new Error(`trich: stage ${name} reads file.data.${unwritten.join(', file.data.')}, which no stage before it writes`)
    for (const key of writes) written.add(key)
    processor = processor.use(withBudget(name, plugin), runs[i]!.options)
  })
  return processor.freeze()
}

function withBudget(name: string, plugin: Stage): Stage {
  return function (this: Processor, options: StageOptions) {
    const transform = plugin.call(this, options) as (tree: NlcstRoot, file: VFile) => NlcstRoot | undefined | void
    return (tree: NlcstRoot, file: VFile) => {
      const out = transform(tree, file)
      checkBudget(file, name)
      return out
    }
  } as Stage
}

// One processor per distinct settings: a run uses one, a worker thread keeps it for every task.
const pipelines = new Map<string, Processor<undefined, NlcstRoot, NlcstRoot>>()
const pipelineFor = (settings: StageSettings = {}): Processor<undefined, NlcstRoot, NlcstRoot> => {
  const key = JSON.stringify(settings)
  let found = pipelines.get(key)
  if (!found) pipelines.set(key, (found = buildPipeline(PIPELINE_STAGES, settings)))
  return found
}

const placeholder = (): NlcstRoot => ({ type: 'RootNode', children: [] })

/** The time budget the runner gives an article unless told otherwise. */
export const DEFAULT_BUDGET_MS = 30_000

export interface PipelineOptions {
  /** Milliseconds the article may take; past them it fails with rule `time-budget`. Default: no limit. */
  budgetMs?: number
  /** Options for some stages, by stage name (see `stageRuns`). */
  stages?: StageSettings
}

/** The vfile the stages start from, for every entry point (one article, a drop's file, a JSON Lines
 * line): the article's bytes, or its text already decoded, and where it came from. */
export function prepareFile(value: string | Uint8Array, source: SourceInfo): VFile {
  return new VFile({ path: source.path, value, data: { source } })
}

/** Runs the stages on a prepared vfile (value: bytes or decoded text; `data.source` set). Throws a
 * fatal VFileMessage for an article that cannot be processed. */
export function runPipeline(file: VFile, { budgetMs, stages }: PipelineOptions = {}): Article {
  if (budgetMs !== undefined) file.data.budget = { ms: budgetMs, deadline: performance.now() + budgetMs }
  pipelineFor(stages).runSync(placeholder(), file)
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
