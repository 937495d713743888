// The extraction pipeline: one unified processor whose stages read and write the article's vfile.
// Data flows one way: bytes → text → sections → tree → candidates → entities → record.
import { createHash } from 'node:crypto'
import type { Root } from 'nlcst'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { Article } from './schema-types.js'
import { assemble } from './stages/assemble.js'
import { clean } from './stages/clean.js'
import type { SourceFormat, SourceInfo } from './stages/data.js'
import { decode, detectFormat } from './stages/decode.js'
import { entities } from './stages/entities/index.js'
import { link } from './stages/link.js'
import { metadata } from './stages/metadata.js'
import { parse } from './stages/parse.js'
import { record } from './stages/record.js'
import { sections } from './stages/sections.js'
import { validate } from './stages/validate.js'

/** The stages in the order they run; recorded in every manifest. */
export const STAGES = ['decode', 'assemble', 'clean', 'sections', 'metadata', 'parse', 'entities', 'link', 'record', 'validate'] as const

export const pipeline = unified()
  .use(decode)
  .use(assemble)
  .use(clean)
  .use(sections)
  .use(metadata)
  .use(parse)
  .use(entities)
  .use(link)
  .use(record)
  .use(validate)
  .freeze()

const placeholder = (): Root => ({ type: 'RootNode', children: [] })

/** Runs the stages on a prepared vfile (value: bytes or decoded text; `data.source` set). Throws a
 * fatal VFileMessage for an article that cannot be processed. */
export function runPipeline(file: VFile): Article {
  pipeline.runSync(placeholder(), file)
  return file.data.record!
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

export interface ExtractOptions {
  /** Where the article came from, relative to its drop (default `article.txt`, or `.html` for HTML). */
  path?: string
  /** Default: from the path's extension, else sniffed. */
  format?: SourceFormat
}

/** Extracts one article (plain text or HTML; bytes in any supported encoding, or a string). */
export function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const path = options.path ?? 'article.txt'
  const format = options.format ?? detectFormat(path, bytes)
  const source: SourceInfo = { path, sha256: sha256(bytes), format }
  const file = new VFile({ path, value: typeof input === 'string' ? input : bytes, data: { source } })
  if (typeof input === 'string') source.encoding = 'utf-8'
  return runPipeline(file)
}
