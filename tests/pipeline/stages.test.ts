// The pipeline's stages are declared with the file.data keys they read and write, and the order is
// checked when the pipeline is built.
import { describe, expect, it } from 'vitest'
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { buildPipeline, PIPELINE_STAGES, stageRuns, STAGES } from '../../pipeline/extract.js'
import { runDrop } from '../../pipeline/index.js'
import { defineStage, type Stage } from '../../pipeline/stages/data.js'

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

  it('take their options, the defaults unless a setting changes one, and refuse a setting that fits no option', () => {
    expect(stageRuns(PIPELINE_STAGES).find((stage) => stage.name === 'parse')).toEqual({ name: 'parse', options: { maxPiece: 10_000 } })
    expect(stageRuns(PIPELINE_STAGES, { parse: { maxPiece: 500 } }).find((stage) => stage.name === 'parse')).toEqual({ name: 'parse', options: { maxPiece: 500 } })
    expect(() => stageRuns(PIPELINE_STAGES, { parser: {} })).toThrow('stage settings: there is no stage parser (the stages: decode, assemble, clean, sections, metadata, parse, entities, link, record, validate)')
    expect(() => stageRuns(PIPELINE_STAGES, { parse: { max: 5 } })).toThrow('stage settings: stage parse has no option max')
    expect(() => stageRuns(PIPELINE_STAGES, { parse: { maxPiece: 'big' } })).toThrow('stage settings: parse.maxPiece is a number, not "big"')
  })

  it('are given their options by the pipeline builder', () => {
    const seen: unknown[] = []
    const plugin: Stage = (options) => {
      seen.push(options)
      return () => undefined
    }
    const probe = defineStage({ name: 'probe', reads: [], writes: [], options: { depth: 2, deep: false }, plugin })
    buildPipeline([probe], { probe: { deep: true } }).runSync({ type: 'RootNode', children: [] }, new VFile())
    expect(seen).toEqual([{ depth: 2, deep: true }])
  })

  it('are recorded in the manifest, in order, with every option', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trich-stages-'))
    await mkdir(join(dir, 'drop'))
    await writeFile(join(dir, 'drop', 'a.txt'), 'Hà Nội\nÔng Nguyễn Văn An đến Huế.\n')
    await runDrop(join(dir, 'drop'), { out: join(dir, 'out'), stages: { parse: { maxPiece: 500 } } })
    const manifest = JSON.parse(await readFile(join(dir, 'out', 'drop', 'manifest.json'), 'utf8'))
    expect(manifest.pipeline.stages).toEqual(stageRuns(PIPELINE_STAGES, { parse: { maxPiece: 500 } }))
    expect(manifest.pipeline.stages.map((stage: { name: string }) => stage.name)).toEqual(STAGES)
  })
})
