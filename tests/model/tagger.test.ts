// The name tagger: its decoding, its model file, its merge with the rules, and where a run records it.
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticle, explainRecord, runDrop } from '../../pipeline/index.js'
import { decodeModel, encodeModel, MODEL_PATH, shippedModel } from '../../pipeline/model/model-file.js'
import { BUCKETS, spansOf, START, TAGS, viterbi } from '../../pipeline/model/tagger.js'
import { readTrainingData, sentencesOf, trainWeights, TRAINING_DATA } from '../../pipeline/model/train.js'
import type { Candidate } from '../../pipeline/stages/entities/candidate.js'
import { mergeWithRules } from '../../pipeline/stages/entities/model/model-names.js'
import { RULES_ONLY } from '../helpers.js'

const O = 0
const B_PER = 1
const I_PER = 2
const B_ORG = 3
const B_LOC = 5
const I_LOC = 6

describe('the tagger’s decoding', () => {
  it('reads spans off BIO tags, an I- tag continuing only its own type', () => {
    expect(spansOf(Uint8Array.from([B_PER, I_PER, O, B_LOC, I_LOC, I_LOC, B_ORG, B_PER]))).toEqual([
      { type: 'PERSON', from: 0, to: 2 },
      { type: 'LOCATION', from: 3, to: 6 },
      { type: 'ORGANIZATION', from: 6, to: 7 },
      { type: 'PERSON', from: 7, to: 8 },
    ])
  })

  it('never gives an I- tag after O or another type, however the scores lean', () => {
    const weights = { emissions: new Float64Array(BUCKETS * TAGS), transitions: new Float64Array((START + 1) * TAGS) }
    // Every word's scores favour I-LOCATION; B-LOCATION is second.
    const scores = new Float64Array(3 * TAGS)
    for (let i = 0; i < 3; i++) {
      scores[i * TAGS + I_LOC] = 5
      scores[i * TAGS + B_LOC] = 1
    }
    expect([...viterbi(weights, scores, 3)]).toEqual([B_LOC, I_LOC, I_LOC])
  })
})

describe('the model file', () => {
  it('keeps the header and the weights (to 16 bits) it was written with', () => {
    const emissions = new Float64Array(BUCKETS * TAGS)
    const transitions = new Float64Array((START + 1) * TAGS)
    emissions[7] = 2.5
    emissions[BUCKETS * TAGS - 1] = -5
    transitions[3] = 1
    const model = decodeModel(encodeModel({ emissions, transitions }, { training_sha256: 'ab'.repeat(32), epochs: 3, seed: 1, temperature: 40 }))
    expect(model.header).toMatchObject({ format: 'trich-ner/1', training_sha256: 'ab'.repeat(32), epochs: 3, seed: 1, temperature: 40, scale: 32_767 / 5 })
    expect([model.emissions[7], model.emissions[BUCKETS * TAGS - 1], model.transitions[3]]).toEqual([16_384, -32_767, 6_553])
  })

  it('refuses a file that is not a model, or is cut short', () => {
    expect(() => decodeModel(Buffer.from('{"format":"other"}\n'), 'm.bin')).toThrow('m.bin: a model of format other with undefined features a word; this trich reads trich-ner/1 with 34 (run trich train)')
    const whole = encodeModel({ emissions: new Float64Array(BUCKETS * TAGS), transitions: new Float64Array((START + 1) * TAGS) }, { training_sha256: '', epochs: 1, seed: 1, temperature: 1 })
    expect(() => decodeModel(whole.subarray(0, whole.length - 2), 'm.bin')).toThrow(`m.bin: the weights are not whole (${whole.length - 2 - whole.indexOf(0x0a) - 1} bytes)`)
  })

  it('is trained the same, bit for bit, from the same articles', () => {
    const { articles } = readTrainingData()
    const sentences = articles.slice(0, 4).flatMap(sentencesOf)
    const a = trainWeights(sentences, 2, 7)
    const b = trainWeights(sentences, 2, 7)
    expect(Buffer.from(a.emissions.buffer).equals(Buffer.from(b.emissions.buffer))).toBe(true)
    expect(Buffer.from(a.transitions.buffer).equals(Buffer.from(b.transitions.buffer))).toBe(true)
    expect(a.emissions.some((w) => w !== 0)).toBe(true)
  })

  it('ships, trained on data/ner/ner.jsonl', async () => {
    const training = createHash('sha256').update(await readFile(TRAINING_DATA)).digest('hex')
    expect(shippedModel().header.training_sha256).toBe(training)
    expect((await readFile(MODEL_PATH)).length).toBeLessThan(20_000_000)
  })
})

const candidate = (type: Candidate['type'], start: number, end: number, rule: string, more: Partial<Candidate> = {}): Candidate => ({ type, start, end, name: `${type}@${start}`, rule, ...more })

describe('the tagger merged with the rules', () => {
  it('leaves the rules what they know: people with their offices, administrative units, dates', () => {
    const office = { title: 'Chủ tịch', role: 'Chủ tịch', start: 0, end: 8 }
    const person = candidate('PERSON', 9, 22, 'person.after-office', { positions: [office] })
    const unit = candidate('LOCATION', 40, 47, 'location.admin-prefix', { admin: { code: '68', level: 'province', name: 'Lâm Đồng', period: 'pre-2025' } })
    const date = candidate('DATE', 50, 58, 'date.day-month-year')
    const tagged = [candidate('PERSON', 9, 15, 'model', { score: 0.9 }), candidate('ORGANIZATION', 30, 47, 'model', { score: 0.9 }), candidate('LOCATION', 50, 53, 'model', { score: 0.99 })]
    // The tagged person inside the rule's, and the place inside the date, give way; the body holds the unit.
    expect(mergeWithRules([person, unit, date], tagged, 60)).toEqual([person, unit, date, tagged[1]])
  })

  it('decides the other names where it is sure, keeping a rule’s candidate it agrees with or that reads the name longer', () => {
    const same = candidate('ORGANIZATION', 0, 5, 'organization.name-shape')
    const longer = candidate('ORGANIZATION', 10, 30, 'organization.head')
    const retyped = candidate('PERSON', 40, 45, 'person.foreign-name')
    const silent = candidate('PERSON', 50, 55, 'person.surname')
    const doubted = candidate('LOCATION', 60, 65, 'location.kind-cue')
    const tagged = [
      candidate('ORGANIZATION', 0, 5, 'model', { score: 0.8 }),
      candidate('ORGANIZATION', 10, 20, 'model', { score: 0.7 }),
      candidate('ORGANIZATION', 40, 45, 'model', { score: 0.9 }),
      candidate('LOCATION', 60, 70, 'model', { score: 0.3 }),
    ]
    expect(mergeWithRules([same, longer, retyped, silent, doubted], tagged, 80)).toEqual([same, longer, tagged[2], doubted])
  })
})

describe('a run with the tagger', () => {
  const text = 'Tiền đạo Messi ghi bàn giúp Barcelona thắng Real Madrid tại Camp Nou.\n'

  it('records the model in the manifest, and marks its mentions with their scores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trich-model-'))
    await mkdir(join(dir, 'drop'))
    await writeFile(join(dir, 'drop', 'a.txt'), text)
    await runDrop(join(dir, 'drop'), { out: join(dir, 'out') })
    const manifest = JSON.parse(await readFile(join(dir, 'out', 'drop', 'manifest.json'), 'utf8'))
    expect(manifest.pipeline.model).toEqual({ format: 'trich-ner/1', sha256: createHash('sha256').update(await readFile(MODEL_PATH)).digest('hex'), training_sha256: shippedModel().header.training_sha256 })
    expect(manifest.pipeline.stages.find((s: { name: string }) => s.name === 'entities')).toEqual({ name: 'entities', options: { model: true } })
    // The club the rules missed is the tagger's; what the rules found and it agreed with stays theirs.
    const record = extractArticle(text)
    expect(record.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.rule).join()])).toEqual([
      ['PERSON', 'Messi', 'person.after-cue'],
      ['ORGANIZATION', 'Barcelona', 'model'],
      ['ORGANIZATION', 'Real Madrid', 'organization.name-shape'],
      ['LOCATION', 'Camp Nou', 'location.locative-cue'],
    ])
    expect(record.entities[1]!.mentions[0]!.score).toBe(0.812)
    expect(explainRecord(record)).toContain('"Barcelona" @28-37  model 0.81')
  })

  it('is off with --no-model: the manifest says so, and no mention is the model’s', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trich-model-'))
    await mkdir(join(dir, 'drop'))
    await writeFile(join(dir, 'drop', 'a.txt'), text)
    await runDrop(join(dir, 'drop'), { out: join(dir, 'out'), stages: RULES_ONLY })
    const manifest = JSON.parse(await readFile(join(dir, 'out', 'drop', 'manifest.json'), 'utf8'))
    expect(manifest.pipeline.model).toBeUndefined()
    expect(manifest.pipeline.stages.find((s: { name: string }) => s.name === 'entities')).toEqual({ name: 'entities', options: { model: false } })
    const records = (await readFile(join(dir, 'out', 'drop', 'articles.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line))
    expect(records.flatMap((r) => r.entities.flatMap((e: { mentions: Array<{ rule: string }> }) => e.mentions.map((m) => m.rule)))).not.toContain('model')
  })
})
