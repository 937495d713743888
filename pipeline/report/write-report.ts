// writeReport: a drop's output as a static HTML site in `<output>/<drop>/report/`, opened from the file
// system: `index.html` (the drop), `index-<k>.html` (more of its article list), `people.html` (the people
// index), and `articles/<n>.html` for the n-th record of articles.jsonl. Records are read one line at a
// time and each page is written as soon as it can be, so a drop of any size takes memory only for its
// tally (drop-tally.ts). The same outputs give the same bytes.
import { createReadStream } from 'node:fs'
import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readDropOutputs } from '../drop-outputs.js'
import type { Article } from '../schema-types.js'
import { renderArticlePage } from './article-page.js'
import { dropPages } from './drop-page.js'
import { DropTally } from './drop-tally.js'
import { pageCount, pageFile } from './layout.js'
import { peoplePages } from './people-page.js'
import type { QuarantineEntry } from '../contracts.js'

export interface ReportOptions {
  /** Rows per page of the article list and of the people index (default 500). */
  pageSize?: number
}

export interface ReportSummary {
  drop: string
  /** The report's folder. */
  dir: string
  /** Its front page, `<dir>/index.html`. */
  index: string
  articles: number
  /** Pages of the article list. */
  listPages: number
}

const DEFAULT_PAGE_SIZE = 500

// Lines are split here rather than by node:readline, whose iterator reads up to 1,024 lines ahead: as
// many records in memory. Here the stream is read a chunk at a time, as the lines are used, and each
// chunk is searched once, so that a line of any length takes linear time.
async function* jsonLines<T>(path: string): AsyncGenerator<T> {
  let rest = ''
  let line = 0
  const parse = (text: string): T | undefined => {
    line++
    if (text.trim() === '') return undefined
    try {
      return JSON.parse(text) as T
    } catch (error) {
      throw new Error(`${path}:${line}: ${(error as Error).message}`)
    }
  }
  for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
    let from = 0
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', from)) {
      const value = parse(rest + chunk.slice(from, end))
      rest = ''
      from = end + 1
      if (value !== undefined) yield value
    }
    rest += chunk.slice(from)
  }
  const last = parse(rest)
  if (last !== undefined) yield last
}

// A report folder carries this mark: only a folder with it (or none at all) is replaced.
const REPORT_MARK = '.trich-report'
const EARLIER_REPORT = /^(?:(?:index|people)(?:-\d+)?\.html|articles)$/u

/** Removes the report an earlier run wrote; refuses a `report/` that trich did not write. */
async function clearReport(dir: string): Promise<void> {
  const there = await lstat(dir).catch(() => undefined)
  if (there === undefined) return
  const entries = there.isDirectory() ? await readdir(dir) : []
  // A report of an earlier version has no mark, and only its pages.
  const ours = entries.includes(REPORT_MARK) || (entries.length > 0 && entries.every((e) => EARLIER_REPORT.test(e)))
  if (!there.isDirectory() || !ours) throw new Error(`${dir} exists and was not written by trich report: move it away, or report to another folder`)
  await rm(dir, { recursive: true, force: true })
}

/** Writes the report of the drop whose outputs are in `outDir`, replacing an earlier one. */
export async function writeReport(outDir: string, options: ReportOptions = {}): Promise<ReportSummary> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE
  if (!(Number.isInteger(pageSize) && pageSize > 0)) throw new Error(`page size: not a positive whole number: ${pageSize}`)
  const manifest = await readDropOutputs(outDir)
  const dir = join(outDir, 'report')
  await clearReport(dir)
  await mkdir(join(dir, 'articles'), { recursive: true })
  await writeFile(join(dir, REPORT_MARK), `trich report of ${manifest.drop}\n`)

  const tally = new DropTally()
  const writeArticle = (record: Article, n: number, hasNext: boolean): Promise<void> =>
    writeFile(join(dir, 'articles', `${n}.html`), renderArticlePage(record, { drop: manifest.drop, n, listPage: pageFile('index', Math.ceil(n / pageSize)), hasNext }))
  // Each page is written once the next record is read, so that it knows whether to link to a next one.
  let previous: Article | undefined
  let n = 0
  for await (const record of jsonLines<Article>(join(outDir, 'articles.jsonl'))) {
    tally.addArticle(record, ++n)
    if (previous) await writeArticle(previous, n - 1, true)
    previous = record
  }
  if (previous) await writeArticle(previous, n, false)
  for await (const entry of jsonLines<QuarantineEntry>(join(outDir, 'quarantine.jsonl'))) tally.addQuarantined(entry)

  for (const [file, html] of dropPages(manifest, tally, pageSize)) await writeFile(join(dir, file), html)
  for (const [file, html] of peoplePages(manifest.drop, tally, pageSize)) await writeFile(join(dir, file), html)
  return { drop: manifest.drop, dir, index: join(dir, 'index.html'), articles: n, listPages: pageCount(n, pageSize) }
}
