// Faults: a run killed at any point is finished by running it again, with the bytes of a run that was
// never stopped; SIGTERM stops cleanly; re-runs are idempotent; outputs that cannot be written are a
// clear error, never a corrupt file. The CLI runs as a child process (from the build), as users run it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDropOutputs } from '../../pipeline/drop-outputs.js'
import type { Processor } from '../../pipeline/run/pool.js'
import runTask from '../../pipeline/run/worker.js'
import { runDrop, validateFile, type Article, type Manifest } from '../../pipeline/index.js'
import { article, OUTPUTS, readOutputs } from '../generated-drop.js'

const cli = new URL('../../bin/trich.js', import.meta.url).pathname



/** A drop of `n` text files and one JSON Lines file of 20 lines (one of them broken). */
function makeDrop(n: number): string {
  const drop = join(mkdtempSync(join(tmpdir(), 'trich-faults-')), 'drop')
  mkdirSync(drop)
  for (let i = 0; i < n; i++) writeFileSync(join(drop, `${String(i).padStart(3, '0')}.txt`), article(i))
  const lines = Array.from({ length: 20 }, (_, i) => (i === 7 ? '{"title": broken' : JSON.stringify({ id: `feed-${i}`, title: `Tin ${i}`, text: article(1000 + i) })))
  writeFileSync(join(drop, '050-feed.jsonl'), `${lines.join('\n')}\n`)
  return drop
}

const run = (drop: string, out: string, ...flags: string[]) => spawnSync(process.execPath, [cli, 'run', drop, '--out', out, ...flags], { encoding: 'utf8' })
const read = (out: string) => readOutputs(join(out, 'drop'))
const checkpointsIn = (out: string): number => {
  const path = join(out, 'drop', '.trich-run', 'checkpoints.jsonl')
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 2 : 0
}

/** Starts a run and resolves once it has written `after` checkpoints (0: at once), with the process. */
async function startAndWait(drop: string, out: string, after: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cli, 'run', drop, '--out', out, '--workers', '2'], { stdio: 'ignore' })
  while (checkpointsIn(out) < after && child.exitCode === null) await new Promise((r) => setTimeout(r, 5))
  return child
}
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))))

// Checkpoints reach the disk every 32 inputs: the kills fall after 0, 1 (seen at 32), 40 (seen at 64)
// and 100 (seen at 128) of the drop's 131 inputs.
describe('a run killed with SIGKILL', async () => {
  const drop = makeDrop(130)
  const reference = mkdtempSync(join(tmpdir(), 'trich-ref-'))
  expect(run(drop, reference, '--workers', '2').status).toBe(0)
  const expected = read(reference)

  it.each([0, 1, 40, 100])('is finished by running it again, with the same bytes (killed after %i checkpoints)', async (after) => {
    const out = mkdtempSync(join(tmpdir(), 'trich-kill-'))
    const child = await startAndWait(drop, out, after)
    child.kill('SIGKILL')
    await exited(child)
    const again = run(drop, out, '--workers', '2')
    expect(again.status).toBe(0)
    // Killed after its checkpoints were written, the run is taken up, not done again.
    if (after > 1) expect(again.stdout).toMatch(/taken over from a stopped run/)
    expect(read(out)).toEqual(expected)
    expect(existsSync(join(out, 'drop', '.trich-run'))).toBe(false)
  })

  it('processes again an input changed since the kill, and what follows it', async () => {
    const changed = makeDrop(70)
    const out = mkdtempSync(join(tmpdir(), 'trich-kill-'))
    const child = await startAndWait(changed, out, 32)
    child.kill('SIGKILL')
    await exited(child)
    writeFileSync(join(changed, '005.txt'), article(999))
    expect(run(changed, out).status).toBe(0)
    const fresh = mkdtempSync(join(tmpdir(), 'trich-ref-'))
    expect(run(changed, fresh).status).toBe(0)
    expect(read(out)).toEqual(read(fresh))
  })
})

describe('a run stopped with SIGTERM', () => {
  it('finishes what is in flight, says it was interrupted, and is finished by the next run', async () => {
    const drop = makeDrop(130)
    const out = mkdtempSync(join(tmpdir(), 'trich-term-'))
    const child = await startAndWait(drop, out, 10)
    child.kill('SIGTERM')
    expect(await exited(child)).toBe(143)
    const manifest = JSON.parse(readFileSync(join(out, 'drop', 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.status).toBe('interrupted')
    expect(manifest.counts.files + manifest.pending!).toBe(131)
    expect(manifest.pending).toBeGreaterThan(0)
    expect(await validateFile(join(out, 'drop', 'manifest.json'))).toEqual([])

    const again = run(drop, out)
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/taken over from a stopped run/)
    const reference = mkdtempSync(join(tmpdir(), 'trich-ref-'))
    run(drop, reference)
    expect(read(out)).toEqual(read(reference))
  })
})

// Before, a JSON Lines file was checkpointed only as a whole: SIGTERM went on to the file's end (32 s for
// 30,000 lines, 18 minutes for a million), and a kill inside it had the next run do it all again.
describe('a run stopped inside a large JSON Lines file', () => {
  /** A drop of one JSON Lines file of `n` lines: batches of 64. */
  const feedDrop = (n: number): string => {
    const drop = join(mkdtempSync(join(tmpdir(), 'trich-feed-')), 'drop')
    mkdirSync(drop)
    writeFileSync(join(drop, 'feed.jsonl'), `${Array.from({ length: n }, (_, i) => JSON.stringify({ id: `f-${i}`, text: article(i % 50).slice(0, 400) })).join('\n')}\n`)
    return drop
  }
  /** Tasks run in this thread and counted; the run is stopped at the `stopAt`th. */
  const countingTasks = (stopAt: number) => {
    const stop = new AbortController()
    let count = 0
    const counting: Processor = {
      run: async (task) => {
        if (++count === stopAt) stop.abort()
        return runTask(task)
      },
      close: async () => {},
    }
    return { counting, stop, batches: () => count }
  }

  it('stops after the batch in hand, and the next run does only the batches left, with the same bytes', async () => {
    const drop = feedDrop(1000)
    const out = mkdtempSync(join(tmpdir(), 'trich-feed-out-'))
    const { counting, stop, batches } = countingTasks(5)
    expect(await runDrop(drop, { out, processor: counting, signal: stop.signal })).toMatchObject({ status: 'interrupted', pending: 1 })
    expect(batches()).toBe(5)
    expect(await runDrop(drop, { out, processor: counting })).toMatchObject({ status: 'complete', records: 1000 })
    expect(batches()).toBe(5 + 16 - 5)
    const fresh = mkdtempSync(join(tmpdir(), 'trich-feed-fresh-'))
    await runDrop(drop, { out: fresh })
    expect(read(out)).toEqual(read(fresh))
  })

  it('is taken up from its last batch after SIGKILL, with the same bytes', async () => {
    const drop = feedDrop(1000)
    const reference = mkdtempSync(join(tmpdir(), 'trich-feed-ref-'))
    expect(run(drop, reference).status).toBe(0)
    const out = mkdtempSync(join(tmpdir(), 'trich-feed-kill-'))
    const child = await startAndWait(drop, out, 4)
    child.kill('SIGKILL')
    await exited(child)
    expect(readFileSync(join(out, 'drop', '.trich-run', 'checkpoints.jsonl'), 'utf8')).toContain('"inFile":{"line":')
    expect(run(drop, out).status).toBe(0)
    expect(read(out)).toEqual(read(reference))
  })

  it('is done again from its start if the part read before the stop has changed', async () => {
    const drop = feedDrop(1000)
    const out = mkdtempSync(join(tmpdir(), 'trich-feed-out-'))
    const { counting, stop, batches } = countingTasks(5)
    await runDrop(drop, { out, processor: counting, signal: stop.signal })
    writeFileSync(join(drop, 'feed.jsonl'), readFileSync(join(drop, 'feed.jsonl'), 'utf8').replace('"f-0"', '"f-zero"'))
    await runDrop(drop, { out, processor: counting })
    expect(batches()).toBe(5 + 16)
    const fresh = mkdtempSync(join(tmpdir(), 'trich-feed-fresh-'))
    await runDrop(drop, { out: fresh })
    expect(read(out)).toEqual(read(fresh))
  })
})

describe('re-runs', () => {
  it('give the same bytes, and each copy of a file is a source of its own', async () => {
    const drop = makeDrop(3)
    writeFileSync(join(drop, '001-copy.txt'), readFileSync(join(drop, '001.txt')))
    const out = mkdtempSync(join(tmpdir(), 'trich-twice-'))
    await runDrop(drop, { out })
    const first = read(out)
    await runDrop(drop, { out })
    expect(read(out)).toEqual(first)
    const manifest = JSON.parse(first[2]!) as Manifest
    expect(manifest.files!.map((f) => [f.path, f.records.length, f.duplicate_of ?? null])).toEqual([
      ['000.txt', 1, null],
      ['001-copy.txt', 1, null],
      ['001.txt', 1, '001-copy.txt'],
      ['002.txt', 1, null],
      ['050-feed.jsonl', 19, null],
    ])
    const [copy, original] = first[0]!.split('\n').slice(1, 3).map((line) => JSON.parse(line) as Article)
    expect([copy!.source.path, original!.source.path, original!.duplicate_of]).toEqual(['001-copy.txt', '001.txt', copy!.id])
    expect(original!.id).not.toBe(copy!.id)
  })
})

// A run killed while it moves its outputs into place (strace kills it as it renames each one): the
// folder may hold new outputs beside the old manifest, which says `complete`. Readers must refuse such a
// folder, and the next run must check its inputs again, a file added meanwhile included.
describe('a run killed while moving its outputs into place', () => {
  it.each(['articles.jsonl', 'quarantine.jsonl', 'tables', 'parquet', 'manifest.json'])('at %s, leaves nothing a reader takes for whole, and the next run finishes with the same bytes', async (name) => {
    const drop = makeDrop(3)
    const out = mkdtempSync(join(tmpdir(), 'trich-move-'))
    expect(run(drop, out).status).toBe(0)
    const old = readFileSync(join(out, 'drop', 'manifest.json'), 'utf8')
    writeFileSync(join(drop, '001.txt'), article(77))
    const work = join(out, 'drop', '.trich-run', name)
    const killed = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', '-P', work, '-e', 'trace=rename', '-e', 'inject=rename:signal=SIGKILL', process.execPath, cli, 'run', drop, '--out', out], { encoding: 'utf8' })
    expect(killed.signal).toBe('SIGKILL')
    // Either the old outputs, whole, or a refusal that names the disagreement.
    const reading = readDropOutputs(join(out, 'drop'))
    if (name === 'articles.jsonl') expect(JSON.stringify(await reading)).toBe(JSON.stringify(JSON.parse(old)))
    else await expect(reading).rejects.toThrow(/the outputs disagree with their manifest/u)
    if (name !== 'articles.jsonl') expect(spawnSync(process.execPath, [cli, 'validate', join(out, 'drop')], { encoding: 'utf8' }).status).not.toBe(0)
    // A file added before the next run, sorting after every other.
    writeFileSync(join(drop, 'zz.txt'), article(78))
    expect(run(drop, out).status).toBe(0)
    const fresh = mkdtempSync(join(tmpdir(), 'trich-move-fresh-'))
    expect(run(drop, fresh).status).toBe(0)
    expect(read(out)).toEqual(read(fresh))
    expect((JSON.parse(readFileSync(join(out, 'drop', 'manifest.json'), 'utf8')) as Manifest).files?.at(-1)?.path).toBe('zz.txt')
  })
})

describe('the time budget', () => {
  it('quarantines an article that overruns it, with the stage it was in, and the run goes on', async () => {
    const drop = makeDrop(2)
    const out = mkdtempSync(join(tmpdir(), 'trich-budget-'))
    const summary = await runDrop(drop, { out, budgetMs: 0.001 })
    expect(summary).toMatchObject({ status: 'complete', files: 3, records: 0 })
    const quarantine = readFileSync(join(out, 'drop', 'quarantine.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(quarantine.slice(0, 2).map((q) => [q.path, q.rule, q.reason])).toEqual([
      ['000.txt', 'time-budget', 'exceeded the time budget of 0.001 ms (in stage decode)'],
      ['001.txt', 'time-budget', 'exceeded the time budget of 0.001 ms (in stage decode)'],
    ])
  })
})

describe('outputs that cannot be written', () => {
  it('are a clear error when the output folder cannot be made', async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'trich-blocked-')), 'a-file')
    writeFileSync(blocked, 'not a folder')
    await expect(runDrop(makeDrop(1), { out: blocked })).rejects.toThrow(/^cannot write the outputs of drop in .*a-file\/drop: ENOTDIR/)
    const cliRun = run(makeDrop(1), blocked)
    expect(cliRun.status).toBe(3)
    expect(cliRun.stderr).toMatch(/^trich: cannot write the outputs of drop/)
  })

  it('are a clear error when the disk is full, and leave no output under a final name', async () => {
    const drop = makeDrop(2)
    const out = mkdtempSync(join(tmpdir(), 'trich-full-'))
    // The first run leaves a working folder; its records file is made a device that is always full.
    mkdirSync(join(out, 'drop', '.trich-run'), { recursive: true })
    symlinkSync('/dev/full', join(out, 'drop', '.trich-run', 'articles.jsonl'))
    await expect(runDrop(drop, { out })).rejects.toThrow(/^cannot write the outputs of drop in .*: ENOSPC: no space left on device/)
    for (const name of OUTPUTS) expect([name, existsSync(join(out, 'drop', name))]).toEqual([name, false])
    rmSync(join(out, 'drop', '.trich-run', 'articles.jsonl'))
    expect((await runDrop(drop, { out })).status).toBe('complete')
  })

  // Before, a failed write never gave back its task's place in the window: with more inputs than places
  // the run waited for one forever, Node's event loop emptied, and the command exited 0 with nothing.
  it.each(['articles.jsonl', 'quarantine.jsonl', 'manifest.json', 'tables/mentions.jsonl'])('make the run reject when %s cannot be written, whatever the drop’s size', async (name) => {
    const drop = makeDrop(60)
    const out = mkdtempSync(join(tmpdir(), 'trich-full-'))
    const path = join(out, 'drop', '.trich-run', name)
    mkdirSync(dirname(path), { recursive: true })
    symlinkSync('/dev/full', path)
    await expect(runDrop(drop, { out })).rejects.toThrow(/^cannot write the outputs of drop in .*: ENOSPC: no space left on device, write; what was written is kept in /)
  })

  it('end the command with exit 3 and the sentence when the disk fills during a run of many files', () => {
    const drop = makeDrop(300)
    const out = mkdtempSync(join(tmpdir(), 'trich-tmpfs-'))
    // A file system of 256 KB, in a mount namespace of its own so that nothing is left mounted.
    const script = 'mount -t tmpfs -o size=256k tmpfs "$1" && exec "$2" "$3" run "$4" --out "$1" --workers 1'
    const result = spawnSync('unshare', ['--mount', '--map-root-user', 'sh', '-c', script, 'sh', out, process.execPath, cli, drop], { encoding: 'utf8', timeout: 120_000 })
    expect(result.status).toBe(3)
    expect(result.stderr).toMatch(/^trich: cannot write the outputs of drop in .*: ENOSPC: no space left on device, write; what was written is kept in .*\.trich-run and the next run takes it up\n$/u)
  })
})
