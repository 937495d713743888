// The pipeline's stages are declared with the file.data keys they read and write, and the order is
// checked when the pipeline is built.
import { describe, expect, it } from 'vitest'
import { buildPipeline, PIPELINE_STAGES, STAGES } from '../../pipeline/extract.js'

describe('the pipeline’s stages', () => {
  it('run in this order, each reading only what a stage before it wrote', () => {
    expect(STAGES).toEqual(['decode', 'assemble', 'clean', 'sections', 'metadata', 'parse', 'entities', 'link', 'record', 'validate'])
    expect(() => buildPipeline(PIPELINE_STAGES)).not.toThrow()
  })

  it('refuse, when the pipeline is built, a stage that reads a key no stage before it writes', () => {
    const [decode, assemble, clean, sections, metadata, parse, entities, link, record, validate] = PIPELINE_STAGES
    // The linker before the recognizers: it would read candidates that are not there yet.
    expect(() => buildPipeline([decode!, assemble!, clean!, sections!, metadata!, parse!, link!, entities!, record!, validate!])).toThrow(
      'trich: stage link reads file.data.candidates, which no stage before it writes',
    )
    expect(() => buildPipeline([decode!, assemble!, metadata!])).toThrow('trich: stage metadata reads file.data.text, file.data.sections, file.data.crawlerDate, which no stage before it writes')
  })
})
