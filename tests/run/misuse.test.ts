// What an adversarial user tries (issue 13): an output folder inside its drop, two drops of one name,
// links out of the drop, hidden files. Each test reproduces a way trich used to destroy or mix up data.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractArticle, loadDrops, runDrop, type Manifest } from '../../pipeline/index.js'
import { withDuckDB } from '../../pipeline/sinks/duckdb.js'

const bin = new URL('../../bin/trich.js', import.meta.url).pathname
const trich = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })

const ARTICLE = 'Chủ tịch UBND tỉnh Nghệ An làm việc tại Hà Nội\n\nSáng 5/2, ông Nguyễn Văn An làm việc với Bộ Y tế.\n'

/** A folder holding a drop `news` with two articles, and an input file named like an output. */
function world(): { base: string; drop: string } {
  const base = mkdtempSync(join(tmpdir(), 'trich-misuse-'))
  const drop = join(base, 'news')
  mkdirSync(drop)
  writeFileSync(join(drop, 'a.txt'), ARTICLE)
  writeFileSync(join(drop, 'b.txt'), ARTICLE.replace('5/2', '6/2'))
  writeFileSync(join(drop, 'articles.jsonl'), `${JSON.stringify({ text: ARTICLE })}\n`)
  return { base, drop }
}

const manifestOf = (outDir: string): Manifest => JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest

describe('an output folder that is, holds or lies inside the drop', () => {
  it('is refused with a sentence, and the drop is left as it was', async () => {
    const { base, drop } = world()
    const before = readdirSync(drop).sort()
    // `trich run self/news --out self`: the output folder would be the drop itself.
    await expect(runDrop(drop, { out: base })).rejects.toThrow(`the output folder ${join(base, 'news')} is the drop ${drop}: the outputs would overwrite inputs and be read back as articles; choose an --out outside the drop`)
    // `cd news && trich run .`: the default output folder lies inside the drop.
    await expect(runDrop(drop, { out: join(drop, 'output') })).rejects.toThrow(/is inside the drop/u)
    // The drop inside its own output folder.
    const inner = join(drop, 'news')
    mkdirSync(inner)
    writeFileSync(join(inner, 'c.txt'), ARTICLE)
    await expect(runDrop(inner, { out: base })).rejects.toThrow(`the drop ${inner} is inside its output folder ${drop}: choose another --out or --name`)
    expect(readdirSync(drop).sort()).toEqual([...before, 'news'].sort())
    expect(readFileSync(join(drop, 'articles.jsonl'), 'utf8')).toBe(`${JSON.stringify({ text: ARTICLE })}\n`)
  })

  it('makes `trich run .` inside the drop exit 2 and write nothing', () => {
    const { drop } = world()
    const result = trich(drop, 'run', '.')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(`trich: the output folder ${join(drop, 'output', 'news')} is inside the drop ${drop}: the outputs would overwrite inputs and be read back as articles; choose an --out outside the drop\n`)
    expect(readdirSync(drop).sort()).toEqual(['a.txt', 'articles.jsonl', 'b.txt'])
  })
})

describe('two drops of one name', () => {
  it('are refused together before anything runs, and apart by the output folder’s mark', async () => {
    const base = mkdtempSync(join(tmpdir(), 'trich-names-'))
    for (const day of ['a', 'b']) {
      mkdirSync(join(base, day, 'news'), { recursive: true })
      writeFileSync(join(base, day, 'news', `${day}.txt`), ARTICLE)
    }
    const together = trich(base, 'run', 'a/news', 'b/news', '--out', 'same')
    expect(together.status).toBe(2)
    expect(together.stderr).toBe('trich: the drops a/news and b/news would both write same/news: run them one at a time with --name, or with another --out\n')
    expect(readdirSync(base).sort()).toEqual(['a', 'b'])

    await runDrop(join(base, 'a', 'news'), { out: join(base, 'same') })
    await expect(runDrop(join(base, 'b', 'news'), { out: join(base, 'same') })).rejects.toThrow(
      `${join(base, 'same', 'news')} holds the outputs of another drop, ${join(base, 'a', 'news')}: give this drop another name (--name) or another --out`,
    )
    expect(manifestOf(join(base, 'same', 'news'))).toMatchObject({ drop: 'news', source: join(base, 'a', 'news'), counts: { records: 1 } })

    const named = trich(base, 'run', 'b/news', '--out', 'same', '--name', 'news-b')
    expect(named.status).toBe(0)
    expect(manifestOf(join(base, 'same', 'news-b'))).toMatchObject({ drop: 'news-b', source: join(base, 'b', 'news'), counts: { records: 1 } })
    // The first drop's outputs are untouched.
    expect(manifestOf(join(base, 'same', 'news'))).toMatchObject({ source: join(base, 'a', 'news'), counts: { records: 1 } })
  })

  it('refuses to write into a folder of files trich did not write', async () => {
    const { base, drop } = world()
    const out = join(base, 'out')
    mkdirSync(join(out, 'news'), { recursive: true })
    writeFileSync(join(out, 'news', 'notes.txt'), 'mine')
    await expect(runDrop(drop, { out })).rejects.toThrow(`${join(out, 'news')} exists and holds files trich did not write (notes.txt): choose another --out or --name`)
    expect(readdirSync(join(out, 'news'))).toEqual(['notes.txt'])
  })
})

describe('links out of the drop and hidden files', () => {
  it('are listed as skipped with their reasons, read only with followLinks', async () => {
    const base = mkdtempSync(join(tmpdir(), 'trich-links-'))
    const drop = join(base, 'drop')
    mkdirSync(join(drop, '.git'), { recursive: true })
    mkdirSync(join(base, 'elsewhere'))
    writeFileSync(join(base, 'elsewhere', 'secret.txt'), ARTICLE)
    writeFileSync(join(drop, 'a.txt'), ARTICLE)
    writeFileSync(join(drop, '.hidden.txt'), ARTICLE)
    writeFileSync(join(drop, '.git', 'config'), '[core]')
    symlinkSync('/etc/passwd', join(drop, 'passwd.txt'))
    symlinkSync(join(base, 'elsewhere'), join(drop, 'linked'))
    symlinkSync(join(drop, 'a.txt'), join(drop, 'inside.txt'))

    const summary = await runDrop(drop, { out: join(base, 'out') })
    const manifest = manifestOf(summary.outDir)
    expect(manifest.files!.map((f) => [f.path, f.outcome, f.reason ?? null])).toEqual([
      ['.git/', 'skipped', 'hidden folder (its name starts with a dot): not read'],
      ['.hidden.txt', 'skipped', 'hidden file (its name starts with a dot): not read'],
      ['a.txt', 'ok', null],
      ['inside.txt', 'ok', null],
      ['linked/', 'skipped', `link out of the drop (to ${join(base, 'elsewhere')}); --follow-links reads it`],
      ['passwd.txt', 'skipped', 'link out of the drop (to /etc/passwd); --follow-links reads it'],
    ])
    expect(manifest.counts).toMatchObject({ files: 6, files_ok: 2, files_quarantined: 0, files_skipped: 4, records: 2 })

    const followed = await runDrop(drop, { out: join(base, 'followed'), followLinks: true })
    expect(manifestOf(followed.outDir).files!.filter((f) => f.outcome !== 'skipped').map((f) => f.path)).toEqual(['a.txt', 'inside.txt', 'linked/secret.txt', 'passwd.txt'])
  })
})

describe('options that would disable the run', () => {
  it('are refused with the option, the value as typed and what is allowed, exit 2, before anything is written', () => {
    const { base, drop } = world()
    for (const value of ['abc', '-1', '1.5', '', '99', '0x10']) {
      const result = trich(base, 'run', drop, '--out', join(base, 'out'), '--workers', value)
      expect([value, result.status]).toEqual([value, 2])
      expect(result.stderr).toContain(`option '-w, --workers <n>' argument '${value}' is invalid. Allowed: a whole number from 0 to `)
    }
    for (const value of ['0', '0x10', '1e3', '-5', '86401', 'NaN']) {
      const result = trich(base, 'run', drop, '--out', join(base, 'out'), '--budget', value)
      expect([value, result.status]).toEqual([value, 2])
      expect(result.stderr).toContain(`option '--budget <seconds>' argument '${value}' is invalid. Allowed: seconds above 0 and at most 86400`)
    }
    expect(readdirSync(base)).toEqual(['news'])
  })

  it('are refused by the library too, where a NaN would have left the run unsettled', async () => {
    const { base, drop } = world()
    await expect(runDrop(drop, { out: base, workers: Number.NaN })).rejects.toThrow(/^workers: NaN is not a whole number of threads from 0 to \d+ \(four per core\)$/u)
    await expect(runDrop(drop, { out: base, workers: 1000 })).rejects.toThrow(/^workers: 1000 is not/u)
    await expect(runDrop(drop, { out: base, budgetMs: -1 })).rejects.toThrow('budgetMs: -1 is not a time budget above 0 and at most a day (86400000 ms)')
  })

  it('keep a day-long budget, whose task limit is past what Node’s timers hold, without quarantining anything', async () => {
    const { base, drop } = world()
    const summary = await runDrop(drop, { out: join(base, 'out'), budgetMs: 86_400_000, workers: 1 })
    expect(summary).toMatchObject({ files: 3, records: 3, quarantined: 0 })
  })
})

describe('drops and output folders whose names hold glob characters', () => {
  // DuckDB's readers take a path as a pattern: loading `a*b` also loaded `aXb`'s rows, and `tin [1]`
  // loaded `tin 1`'s instead of its own.
  it('are read by their own names only, in the run and in the warehouse', async () => {
    const base = mkdtempSync(join(tmpdir(), 'trich-glob-'))
    const names = ['a*b', 'aXb', 'tin [1]', 'tin 1', 'x?y', 'xzy', '{c}', "it's"]
    const out = join(base, 'out')
    const outDirs: string[] = []
    for (const [i, name] of names.entries()) {
      const drop = join(base, 'in', name)
      mkdirSync(drop, { recursive: true })
      for (let n = 0; n <= i; n++) writeFileSync(join(drop, `${n}.txt`), ARTICLE.replace('5/2', `${n + 1}/3`).replace('Nghệ An', name))
      outDirs.push((await runDrop(drop, { out })).outDir)
    }
    for (const [i, outDir] of outDirs.entries()) {
      const { outputs } = manifestOf(outDir)
      expect([names[i], outputs!['parquet/articles.parquet']!.rows, outputs!['tables/articles.jsonl']!.rows]).toEqual([names[i], i + 1, i + 1])
    }
    const odd = join(base, "warehouse [*?{'.duckdb")
    await expect(loadDrops(outDirs, odd)).rejects.toThrow(`${odd}: DuckDB cannot keep a database at a path with "?" in it: choose another --db`)
    const db = join(base, "warehouse [*{'.duckdb")
    await loadDrops(outDirs, db)
    const held = await withDuckDB(db, {}, async (c) => (await c.runAndReadAll('SELECT drop_name, count(*)::INTEGER AS n FROM drop_articles GROUP BY drop_name ORDER BY drop_name')).getRowObjectsJS())
    expect(held).toEqual(names.map((name, i) => ({ drop_name: name, n: i + 1 })).sort((a, b) => (a.drop_name < b.drop_name ? -1 : 1)))
  })
})

describe('an article’s id', () => {
  const line = (n: number) => JSON.stringify({ url: `https://baonghean.vn/tin-${n}.html`, title: `Tin ${n}`, text: ARTICLE.replace('5/2', `${n}/3`) })
  const recordsOf = (outDir: string) => readFileSync(join(outDir, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; source: { line: number; url: string }; duplicate_of?: string })

  // Before, the id hashed the line's number, so an article moved to another line was another article.
  it('stays when its JSON Lines line moves, the url naming it; two lines with the same url and bytes get two ids', async () => {
    const base = mkdtempSync(join(tmpdir(), 'trich-ids-'))
    const drop = join(base, 'feed')
    mkdirSync(drop)
    writeFileSync(join(drop, 'feed.jsonl'), `${[line(1), line(2), line(3)].join('\n')}\n`)
    const before = recordsOf((await runDrop(drop, { out: join(base, 'out') })).outDir)
    writeFileSync(join(drop, 'feed.jsonl'), `${[line(3), line(1), line(2), line(1)].join('\n')}\n`)
    const after = recordsOf((await runDrop(drop, { out: join(base, 'out') })).outDir)
    const idOf = (records: typeof before, url: string) => records.find((r) => r.source.url === url && !r.duplicate_of)!.id
    for (const n of [1, 2, 3]) expect(idOf(after, `https://baonghean.vn/tin-${n}.html`)).toBe(idOf(before, `https://baonghean.vn/tin-${n}.html`))
    const [, original, , again] = after
    expect(again!.source.line).toBe(4)
    expect(again!.id).not.toBe(original!.id)
    expect(again!.duplicate_of).toBe(idOf(before, 'https://baonghean.vn/tin-1.html'))
    expect(new Set(after.map((r) => r.id)).size).toBe(4)
  })
})

describe('the lock on a drop’s outputs', () => {
  // Before, the lock was a pid file: every container's node is PID 1, so two collects of a Compose
  // deployment wrote at once; two runs in one process took it both.
  it('lets one of two runs in one process write, and refuses the other with a sentence', async () => {
    const { base, drop } = world()
    const out = join(base, 'out')
    const runs = await Promise.allSettled([runDrop(drop, { out }), runDrop(drop, { out })])
    expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = runs.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect((refused.reason as Error).message).toBe(`another run is writing ${join(out, 'news')}: wait for it to finish (\`trich collect --wait\` waits), or stop it`)
  })

  it('is taken over when the run that held it stopped touching it, as a killed one does', async () => {
    const { base, drop } = world()
    const out = join(base, 'out')
    const lock = join(out, 'news', '.trich-lock')
    mkdirSync(lock, { recursive: true })
    const minuteAgo = new Date(Date.now() - 60_000)
    utimesSync(lock, minuteAgo, minuteAgo)
    expect((await runDrop(drop, { out })).status).toBe('complete')
  })
})

describe('messages', () => {
  it('say what the library was given instead of what it needs', async () => {
    expect(() => extractArticle(null as unknown as string)).toThrow("extractArticle(input): the input is an article's text (a string) or its bytes (a Uint8Array), not null")
    const { drop } = world()
    await expect(runDrop(drop, undefined as unknown as { out: string })).rejects.toThrow(`runDrop(${drop}, options): options.out, the output folder, is required`)
    await expect(runDrop(join(drop, 'nowhere'), { out: drop })).rejects.toThrow(`${join(drop, 'nowhere')}: cannot read the drop: no such folder`)
  })

  // Before, `trich explain` of a FIFO or of /dev/zero read forever.
  it('refuse, for explain, what is not an article file, at once and with exit 3', () => {
    const base = mkdtempSync(join(tmpdir(), 'trich-explain-'))
    const fifo = join(base, 'pipe')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    for (const [path, what] of [[fifo, 'a FIFO'], ['/dev/zero', 'a device or a socket'], [base, 'a folder']] as const) {
      const result = spawnSync(process.execPath, [bin, 'explain', path], { encoding: 'utf8', timeout: 30_000 })
      expect([path, result.status, result.stderr]).toEqual([path, 3, `trich: ${path}: not a regular file (${what}): explain reads article files\n`])
    }
  })
})
