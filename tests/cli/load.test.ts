// `trich load`, run in-process: the folders it takes as drops, in which order, and the line it prints
// per drop.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { describe, expect, it, vi } from 'vitest'
import { registerLoad } from '../../pipeline/cli/load.js'
import { runDrop } from '../../pipeline/index.js'
import { RULES_ONLY } from '../helpers.js'

const ARTICLE = 'date 2022-03-20 Chiều 19/3, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW ngày 13/1/2022 của Bộ Chính trị.\n\nHội nghị diễn ra tại thành phố Vinh.\n\nHOÀNG LAM'

/** A drop of one article, run into `root` as `trich run` does. */
async function writeDrop(root: string, drop: string): Promise<void> {
  const input = join(mkdtempSync(join(tmpdir(), 'trich-load-in-')), drop)
  mkdirSync(input)
  writeFileSync(join(input, `${drop}.txt`), ARTICLE)
  await runDrop(input, { out: root, stages: RULES_ONLY })
}

/** The lines `trich load <args>` prints. */
async function trichLoad(...args: string[]): Promise<string[]> {
  const program = new Command('trich').exitOverride()
  registerLoad(program)
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  try {
    await program.parseAsync(['load', ...args], { from: 'user' })
  } finally {
    log.mockRestore()
  }
  return lines
}

const loaded = (drop: string, db: string) =>
  `${drop}: articles 1, sections 3, entities 9, mentions 9, person_positions 1, legal_documents 1, document_citations 1 → ${db}`

describe('trich load', () => {
  it('loads every drop of the output root, in the order of their names, and prints a line per drop', async () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-load-'))
    await writeDrop(out, 'b')
    await writeDrop(out, 'a')
    mkdirSync(join(out, 'eval'))
    const db = join(out, 'warehouse.duckdb')
    expect(await trichLoad(out, '--db', db)).toEqual([loaded('a', db), loaded('b', db)])
    // The database is now beside the drops, and is no drop.
    expect(await trichLoad(out, '--db', db)).toEqual([loaded('a', db), loaded('b', db)])
  })

  it('loads drops’ output folders in the order given', async () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-load-'))
    await writeDrop(out, 'b')
    await writeDrop(out, 'a')
    const db = join(out, 'db', 'warehouse.duckdb')
    expect(await trichLoad(join(out, 'b'), join(out, 'a'), '--db', db)).toEqual([loaded('b', db), loaded('a', db)])
  })

  it('refuses a folder that holds no drop’s output', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'trich-load-'))
    await expect(trichLoad(empty, '--db', join(empty, 'warehouse.duckdb'))).rejects.toThrow(`${empty}: no manifest.json here nor in its folders: not a drop's output nor a folder of them`)
  })
})
