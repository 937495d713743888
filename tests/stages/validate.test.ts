// validate: a bad field costs the article that field, with a warning; only a bad frame costs the record.
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractArticle, type Article } from '../../pipeline/index.js'
import { validate } from '../../pipeline/stages/validate.js'

const text = 'Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung làm việc với Bộ Y tế ngày 5/2/2023.'

function validated(change: (record: Article) => void): { file: VFile; record: Article } {
  const record = structuredClone(extractArticle(text))
  change(record)
  const file = new VFile({ data: { record } })
  const transform = validate.call(unified(), {}) as (tree: unknown, file: VFile) => void
  try {
    transform({ type: 'RootNode', children: [] }, file)
  } catch {
    // A record that cannot be repaired fails the file; the test reads the messages.
  }
  return { file, record }
}

describe('validate', () => {
  it('leaves a valid record as it is', () => {
    const { record, file } = validated(() => {})
    expect(record).toEqual(extractArticle(text))
    expect(file.messages).toEqual([])
  })

  it('drops a mention whose offsets miss the text, and the entity left without one, with a warning', () => {
    const { record } = validated((r) => {
      const person = r.entities.find((e) => e.type === 'PERSON')!
      person.mentions[0]!.end += 3
    })
    expect(record.entities.some((e) => e.type === 'PERSON')).toBe(false)
    expect(record.entities.some((e) => e.type === 'ORGANIZATION')).toBe(true)
    expect(record.warnings.at(-1)).toEqual({ message: expect.stringMatching(/^dropped \/entities\/\d+\/mentions\/0: /u), stage: 'validate', rule: 'invalid-field' })
  })

  it('empties a metadata field that fails its schema', () => {
    const { record } = validated((r) => {
      r.published = 'hôm qua'
    })
    expect(record.published).toBeNull()
    expect(record.warnings.at(-1)).toMatchObject({ stage: 'validate', rule: 'invalid-field', message: expect.stringMatching(/^dropped \/published: /u) })
  })

  it('fails the file when the record’s own frame is bad', () => {
    const { file } = validated((r) => {
      ;(r as { id: unknown }).id = 42
    })
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['invalid-record', true]])
  })
})
