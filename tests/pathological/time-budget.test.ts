import type { Root } from 'nlcst'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BUDGET_MS, extractArticle, STAGES } from '../../pipeline/extract.js'
import type { StageDefinition } from '../../pipeline/stages/data.js'
import { entitiesStage } from '../../pipeline/stages/entities/index.js'
import { parseStage, parseText } from '../../pipeline/stages/parse.js'

/** The fatal message `run` fails with. */
function failure(run: () => unknown): VFileMessage {
  try {
    run()
  } catch (error) {
    if (error instanceof VFileMessage && error.fatal) return error
    throw error
  }
  throw new Error('expected the article to fail')
}

/** Runs one stage alone on `file`, so that only the checks inside it can fail it. */
const runStage = ({ plugin, options }: StageDefinition, tree: Root, file: VFile): unknown =>
  (plugin.call(unified() as never, options) as (tree: Root, file: VFile) => unknown)(tree, file)

const spent = (): { ms: number; deadline: number } => ({ ms: 5, deadline: performance.now() - 1 })

const words = 'Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, ngày 5/2/2022 ký Quyết định số 12/2022/QĐ-UBND. '
const long = words.repeat(2_000)

describe('time budget', () => {
  it('refuses an article whose budget is spent, naming the stage that spent it', () => {
    const error = failure(() => extractArticle(long, { budgetMs: 0 }))
    expect([error.ruleId, error.source, error.reason]).toEqual(['time-budget', 'decode', 'exceeded the time budget of 0 ms (in stage decode)'])
  })

  it('refuses a long article with a budget of 1 ms in whichever stage the time runs out', () => {
    const error = failure(() => extractArticle(long, { budgetMs: 1 }))
    expect(error.ruleId).toBe('time-budget')
    expect(STAGES).toContain(error.source)
    expect(error.reason).toBe(`exceeded the time budget of 1 ms (in stage ${error.source})`)
  })

  it('checks the budget between the pieces of the parse', () => {
    const file = new VFile({ data: { text: long, budget: spent() } })
    expect(failure(() => runStage(parseStage, { type: 'RootNode', children: [] }, file)).reason).toBe('exceeded the time budget of 5 ms (in stage parse)')
    let pieces = 0
    parseText('Một câu thật dài. '.repeat(1_500), 10_000, () => pieces++)
    expect(pieces).toBe(3)
  })

  it('checks the budget between the recognizers, stopping before the rest run', () => {
    const file = new VFile({ data: { text: long, budget: spent() } })
    const tree = parseText(long, 10_000)
    expect(failure(() => runStage(entitiesStage, tree, file)).reason).toBe('exceeded the time budget of 5 ms (in stage entities)')
    expect(file.data.candidates).toBeUndefined()
  })

  it('leaves the record of an article within its budget as it is without one', () => {
    expect(extractArticle(words, { budgetMs: DEFAULT_BUDGET_MS })).toEqual(extractArticle(words))
  })

  // Refused by a size limit or by the budget, in well under a second: never a hung run.
  it('refuses a 50 MB single-line file', () => {
    const error = failure(() => extractArticle(Buffer.alloc(50 * 1024 * 1024, 'người dân ở khu vực này '), { budgetMs: DEFAULT_BUDGET_MS }))
    expect(['too-large', 'too-long', 'time-budget']).toContain(error.ruleId)
  })
})
