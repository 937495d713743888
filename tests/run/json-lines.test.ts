// A JSON Lines file is read as a stream: lines that cross the reader's chunks, line breaks of three kinds
// (CR LF split between two chunks too), one line many chunks long in linear time, and a line longer than
// an article may be quarantined on its own while the lines around it are read.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readJsonLines } from '../../pipeline/run/json-lines.js'
import { processLines } from '../../pipeline/run/process-file.js'
import { growth, MAX_RATIO } from '../growth.js'
import type { LineBatch } from '../../pipeline/contracts.js'

const CHUNK = 64 * 1024 // the read stream's default

function fileOf(content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'trich-jsonl-')), 'feed.jsonl')
  writeFileSync(path, content)
  return path
}

async function readAll(path: string): Promise<{ batches: LineBatch[]; end: unknown }> {
  const batches: LineBatch[] = []
  const reader = readJsonLines(path, 'feed.jsonl')
  for (let next = await reader.next(); ; next = await reader.next()) {
    if (next.done) return { batches, end: next.value }
    batches.push(next.value.batch)
  }
}

const linesOf = async (path: string): Promise<string[]> => (await readAll(path)).batches.flatMap((b) => b.lines)

describe('reading JSON Lines', () => {
  it('splits at LF, CR LF and CR, a CR LF split between two chunks being one break', async () => {
    const first = 'a'.repeat(CHUNK - 1) // its CR is the chunk's last byte, its LF the next one's first
    expect(await linesOf(fileOf(`${first}\r\nb\rc\n\nd`))).toEqual([first, 'b', 'c', '', 'd'])
    expect(await linesOf(fileOf('x\r\n'))).toEqual(['x'])
  })

  it('numbers lines across batches from 1', async () => {
    const { batches } = await readAll(fileOf(Array.from({ length: 200 }, (_, i) => `{"text":"${i}"}`).join('\n')))
    expect(batches.map((b) => [b.first, b.lines.length])).toEqual([[1, 64], [65, 64], [129, 64], [193, 8]])
  })

  it('reads one line many chunks long in time linear in its length', async () => {
    const read = async (path: string) => linesOf(path)
    const files = new Map<number, string>()
    const make = (n: number): string => {
      if (!files.has(n)) files.set(n, fileOf(`{"text":"${'x'.repeat(n)}"}\n`))
      return files.get(n)!
    }
    // Before, the growing line was split again at every chunk: 5 MB took 0.8 s, 20 MB 12.8 s.
    expect(await growth(read, make, 1_500_000, { small: 3, large: 2 })).toBeLessThan(MAX_RATIO)
  })

  it('quarantines a line longer than 8 MB on its own, without keeping it, and reads the lines around it', async () => {
    const big = `{"text":"${'x'.repeat(9 * 1024 * 1024)}"}`
    const { batches } = await readAll(fileOf(`{"text":"Trước."}\n${big}\n{"text":"Sau."}\n`))
    expect(batches.map((b) => [b.first, b.lines.map((l) => l.length), b.tooLarge])).toEqual([[1, [17, 0, 15], [{ line: 2, bytes: big.length }]]])
    const result = processLines(batches[0]!)
    expect(result.quarantine).toEqual([{ path: 'feed.jsonl', line: 2, stage: 'decode', rule: 'too-large', reason: 'line too large for one article: 9.0 MB (the limit is 8.0 MB)' }])
    expect(result.ids).toHaveLength(2)
  })
})
