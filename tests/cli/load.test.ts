// `trich load`, run in-process (the built CLI would need a build first): the folders it takes as drops,
// in which order, and the line it prints per drop.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { describe, expect, it, vi } from 'vitest'
import { registerLoad } from '../../pipeline/cli/load.js'
import { extractArticle } from '../../pipeline/index.js'
import { TABLES, tableRows, tableSchemaIds } from '../../pipeline/sinks/tables.js'

const ARTICLE = 'date 2022-03-20 Chiều 19/3, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy Nghệ An quán triệt Nghị quyết số 15-NQ/TW ngày 13/1/2022 của Bộ Chính trị.\n\nHội nghị diễn ra tại thành phố Vinh.\n\nHOÀNG LAM'

// What the loader reads of a drop's output: the manifest's drop, status and tables, and tables/*.jsonl.
function writeDrop(root: string, drop: string): void {
  const outDir = join(root, drop)
  mkdirSync(join(outDir, 'tables'), { recursive: true })
  const rows = tableRows(extractArticle(ARTICLE, { path: `${drop}.txt` }))
  const outputs: Record<string, object> = {}
  for (const table of TABLES) {
    writeFileSync(join(outDir, 'tables', `${table}.jsonl`), rows[table].map((row) => `${JSON.stringify(row)}\n`).join(''))
    outputs[`tables/${table}.jsonl`] = { rows: rows[table].length, schema: tableSchemaIds()[table] }
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ drop, status: 'complete', outputs }))
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
    writeDrop(out, 'b')
    writeDrop(out, 'a')
    mkdirSync(join(out, 'eval'))
    const db = join(out, 'warehouse.duckdb')
    expect(await trichLoad(out, '--db', db)).toEqual([loaded('a', db), loaded('b', db)])
    // The database is now beside the drops, and is no drop.
    expect(await trichLoad(out, '--db', db)).toEqual([loaded('a', db), loaded('b', db)])
  })

  it('loads drops’ output folders in the order given', async () => {
    const out = mkdtempSync(join(tmpdir(), 'trich-load-'))
    writeDrop(out, 'b')
    writeDrop(out, 'a')
    const db = join(out, 'db', 'warehouse.duckdb')
    expect(await trichLoad(join(out, 'b'), join(out, 'a'), '--db', db)).toEqual([loaded('b', db), loaded('a', db)])
  })

  it('refuses a folder that holds no drop’s output', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'trich-load-'))
    await expect(trichLoad(empty, '--db', join(empty, 'warehouse.duckdb'))).rejects.toThrow(`${empty}: no manifest.json here nor in its folders: not a drop's output nor a folder of them`)
  })
})
