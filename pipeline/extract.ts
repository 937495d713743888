// The extraction pipeline: one unified processor whose stages read and write the article's vfile.
// Data flows one way: bytes → text → sections → tree → candidates → entities → record.
import { createHash } from 'node:crypto'
import type { Root as NlcstRoot } from 'nlcst'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { UsageError } from './errors.js'
import type { Article } from './schema-types.js'
import { assemble } from './stages/assemble.js'
import { checkBudget } from './stages/budget.js'
import { clean } from './stages/clean.js'
import type { SourceFormat, SourceInfo, Stage } from './stages/data.js'
import { decode, detectFormat } from './stages/decode.js'
import { entities } from './stages/entities/index.js'
import { link } from './stages/link.js'
import { metadata } from './stages/metadata.js'
import { parse } from './stages/parse.js'
import { record } from './stages/record.js'
import { sections } from './stages/sections.js'
import { validate } from './stages/validate.js'

/** The stages in the order they run, by name; the names are recorded in every manifest. */
export const STAGE_PLUGINS: ReadonlyArray<readonly [string, Stage]> = [
  ['decode', decode],
  ['assemble', assemble],
  ['clean', clean],
  ['sections', sections],
  ['metadata', metadata],
  ['parse', parse as Stage],
  ['entities', entities],
  ['link', link],
  ['record', record],
  ['validate', validate],
]

export const STAGES = STAGE_PLUGINS.map(([name]) => name)

/** Builds the processor from stages (the pipeline's, or instrumented ones for profiling); the article's
 * time budget is checked after each stage. */
export function buildPipeline(stages: ReadonlyArray<readonly [string, Stage]>): Processor<undefined, NlcstRoot, NlcstRoot> {
  let processor = unified() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>
  for (const [name, plugin] of stages) processor = processor.use(withBudget(name, plugin))
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

export const pipeline = buildPipeline(STAGE_PLUGINS)

const placeholder = (): NlcstRoot => ({ type: 'RootNode', children: [] })

/** The time budget the runner gives an article unless told otherwise. */
export const DEFAULT_BUDGET_MS = 30_000

export interface PipelineOptions {
  /** Milliseconds the article may take; past them it fails with rule `time-budget`. Default: no limit. */
  budgetMs?: number
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
  const source: SourceInfo = { path, sha256: sha256(bytes), format }
  const file = new VFile({ path, value: typeof input === 'string' ? input : bytes, data: { source } })
  if (typeof input === 'string') source.encoding = 'utf-8'
  return runPipeline(file, options)
}
