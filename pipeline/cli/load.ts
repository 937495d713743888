// `trich load <output-dir>... --db <file>`: loads drops' tables into a DuckDB database and prints one line
// per drop. An argument is a drop's output (it has manifest.json) or the output root, whose drops are
// loaded in the order of their names.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { loadDrops, TABLES } from '../index.js'

async function dropOutputs(target: string): Promise<string[]> {
  if (existsSync(join(target, 'manifest.json'))) return [target]
  const names = (await readdir(target, { withFileTypes: true })).filter((e) => e.isDirectory() && existsSync(join(target, e.name, 'manifest.json'))).map((e) => e.name)
  if (names.length === 0) throw new Error(`${target}: no manifest.json here nor in its folders: not a drop's output nor a folder of them`)
  return names.sort((a, b) => (a < b ? -1 : 1)).map((name) => join(target, name))
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('load drops’ tables into a DuckDB database, replacing what an earlier load of a drop put there')
    .argument('<output-dirs...>', 'drops’ output folders (output/<drop>), or the output folder that holds them')
    .option('--db <file>', 'the database, made when missing', join('output', 'warehouse.duckdb'))
    .action(async (targets: string[], flags: { db: string }) => {
      const outDirs: string[] = []
      for (const target of targets) outDirs.push(...(await dropOutputs(target)))
      await loadDrops(outDirs, flags.db, ({ drop, rows }) => {
        console.log(`${drop}: ${TABLES.map((table) => `${table} ${rows[table]}`).join(', ')} → ${flags.db}`)
      })
    })
}
