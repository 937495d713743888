// Distributed runs against a real Redis (Debian's redis-server, started here on a free loopback port):
// a drop is enqueued, run by three worker processes one of which is killed mid-run, and collected with
// the bytes of a local run; a task whose workers are killed twice is quarantined with its reason. The
// workers run the CLI built from this source into a folder of the test's own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JOB_OPTIONS } from '../../pipeline/distributed/enqueue.js'
import { openQueue, withRedis } from '../../pipeline/distributed/queue.js'
import { resultFile } from '../../pipeline/distributed/store.js'
import { taskKey, type JobTask } from '../../pipeline/distributed/tasks.js'
import { collectDrop, dropStatus, enqueueDrop } from '../../pipeline/distributed/index.js'
import { article, readOutputs } from '../generated-drop.js'
import { installed } from '../helpers.js'

const REDIS_SERVER = '/usr/bin/redis-server'
const root = new URL('../..', import.meta.url).pathname
// Inside the package, so that the build finds its data (and .gitignore's `.build-*/` keeps it out).
const build = join(root, '.build-distributed-test')
const cli = join(build, 'pipeline', 'cli', 'main.js')
// The bundle that `npm test` builds first (tests/setup/build.ts).
const bin = join(root, 'bin', 'trich.js')



/** A drop of 300 text files and a JSON Lines file of 100 lines (line 70 broken): 302 tasks, the lines
 * in two batches (64 and 36). */
function makeDrop(parent: string): string {
  const drop = join(parent, 'drop')
  mkdirSync(drop)
  for (let i = 0; i < 300; i++) writeFileSync(join(drop, `${String(i).padStart(3, '0')}.txt`), article(i))
  const lines = Array.from({ length: 100 }, (_, i) => (i === 69 ? '{"title": broken' : JSON.stringify({ id: `feed-${i}`, title: `Tin ${i}`, text: article(1000 + i) })))
  writeFileSync(join(drop, 'feed.jsonl'), `${lines.join('\n')}\n`)
  return drop
}

const read = readOutputs
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))))

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const hasRedis = installed(REDIS_SERVER, 'apt-get install redis-server')

describe.skipIf(!hasRedis)('a distributed run', () => {
  let redis: string
  let server: ChildProcess
  const workers = new Map<string, ChildProcess>()
  const logs = new Map<string, string>()
  const dir = mkdtempSync(join(tmpdir(), 'trich-dist-'))
  const shared = join(dir, 'shared')

  /** A worker process taking one task at a time, whose lock lapses 3 s after it is killed. */
  const startWorker = (name: string): ChildProcess => {
    const child = spawn(process.execPath, [cli, 'worker', '--redis', redis, '--concurrency', '1', '--lock', '3', '--name', name], { stdio: ['ignore', 'pipe', 'pipe'] })
    logs.set(name, '')
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (data: Buffer) => logs.set(name, logs.get(name) + data.toString()))
    workers.set(name, child)
    return child
  }
  /** Waits until `ready`; past `timeoutMs`, fails with what the workers said. */
  const until = async (what: string, ready: () => Promise<boolean> | boolean, timeoutMs = 180_000): Promise<void> => {
    for (const start = Date.now(); !(await ready()); await sleep(50)) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting until ${what}; the workers said:\n${[...logs].map(([name, log]) => `${name}: ${log}`).join('\n')}`)
    }
  }
  const kill = async (name: string): Promise<void> => {
    workers.get(name)!.kill('SIGKILL')
    await exited(workers.get(name)!)
  }

  beforeAll(async () => {
    const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', build], { cwd: root, encoding: 'utf8' })
    if (tsc.status !== 0) throw new Error(`the build failed:\n${tsc.stdout}${tsc.stderr}`)
    const port = await freePort()
    redis = `redis://127.0.0.1:${port}`
    server = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let said = ''
    server.stdout!.on('data', (data: Buffer) => (said += data.toString()))
    await until('redis-server is ready', () => said.includes('Ready to accept connections'), 30_000)
  }, 180_000)

  afterAll(async () => {
    for (const child of workers.values()) child.kill('SIGKILL')
    server?.kill('SIGTERM')
    if (server) await exited(server)
    for (const made of [dir, build]) rmSync(made, { recursive: true, force: true })
  })

  it('writes the bytes of a local run though a worker was killed mid-run, and counts every task once', async () => {
    const drop = makeDrop(dir)
    expect(spawnSync(process.execPath, [cli, 'run', drop, '--out', join(dir, 'local'), '--workers', '1']).status).toBe(0)
    const expected = read(join(dir, 'local', 'drop'))

    expect(await enqueueDrop(drop, { redis, out: shared })).toEqual({ drop: 'drop', jobs: 302, added: 302 })
    await expect(collectDrop('drop', { redis })).rejects.toThrow('drop: 0 of 302 tasks done; `trich collect --wait` waits for the rest')

    for (const name of ['w1', 'w2', 'w3']) startWorker(name)
    let victim = ''
    await until('some tasks are done and w2 or w3 is on one', async () => {
      const { done, active } = await dropStatus('drop', { redis })
      victim = active.find(({ worker }) => worker !== 'w1')?.worker ?? ''
      return done >= 30 && victim !== ''
    })
    await kill(victim)
    const collected = spawnSync(process.execPath, [cli, 'collect', 'drop', '--redis', redis, '--out', join(dir, 'collected'), '--wait'], { encoding: 'utf8', timeout: 300_000 })
    expect(collected.stdout).toBe(`drop: 301 files, 399 records, 1 quarantined → ${join(dir, 'collected', 'drop')}\n`)
    expect(read(join(dir, 'collected', 'drop'))).toEqual(expected)

    // The worker that stored the last result collected the drop in the shared folder too.
    await until('the drop is collected in the shared folder', () => existsSync(join(shared, 'drop', 'manifest.json')))
    expect(read(join(shared, 'drop'))).toEqual(expected)

    const status = await dropStatus('drop', { redis })
    expect(status).toEqual({ drop: 'drop', jobs: 302, done: 302, failed: [], active: [], waiting: 0, workers: expect.any(Object) })
    expect(Object.values(status.workers).reduce((a, b) => a + b)).toBe(302)

    expect(await enqueueDrop(drop, { redis, out: shared })).toEqual({ drop: 'drop', jobs: 302, added: 0 })
    // The killed worker's task was found stalled, and done again.
    expect([...logs.values()].join('')).toMatch(/trich worker: task [0-9a-f]{64} was left by a stopped worker \(stalled\); queued again/)
    // The others finish what they have in hand and stop.
    for (const name of ['w1', 'w2', 'w3'].filter((name) => name !== victim)) {
      workers.get(name)!.kill('SIGTERM')
      expect(await exited(workers.get(name)!)).toBe(0)
    }
  }, 600_000)

  it('quarantines, with its reason, a task whose workers were killed on it twice', async () => {
    const drop = join(dir, 'stuck')
    mkdirSync(drop)
    // Long enough that a worker is seen on it before it is done.
    writeFileSync(join(drop, 'long.txt'), Array.from({ length: 300 }, (_, i) => article(i)).join('\n\n'))
    expect(await enqueueDrop(drop, { redis, out: shared, collect: false })).toEqual({ drop: 'stuck', jobs: 1, added: 1 })

    for (const name of ['k1', 'k2']) {
      startWorker(name)
      await until(`${name} is on the task`, async () => (await dropStatus('stuck', { redis })).active.some(({ worker }) => worker === name))
      await kill(name)
    }
    // A third worker finds the task stalled a second time: BullMQ fails it.
    const third = startWorker('k3')
    const collected = spawnSync(process.execPath, [cli, 'collect', drop, '--redis', redis, '--wait'], { encoding: 'utf8', timeout: 300_000 })
    expect(collected.stdout).toBe(`stuck: 1 files, 0 records, 1 quarantined → ${join(shared, 'stuck')}\n`)
    expect(readFileSync(join(shared, 'stuck', 'quarantine.jsonl'), 'utf8')).toBe(
      '{"path":"long.txt","stage":"worker","rule":"worker-failed","reason":"worker failed: job stalled more than allowable limit"}\n',
    )
    expect(await dropStatus('stuck', { redis })).toEqual({ drop: 'stuck', jobs: 1, done: 0, failed: [{ task: 'long.txt', reason: 'job stalled more than allowable limit' }], active: [], waiting: 0, workers: {} })

    third.kill('SIGTERM')
    expect(await exited(third)).toBe(0)
  }, 600_000)

  it('tries a task that fails in its thread three times, then quarantines it line by line, as a local run does', async () => {
    const drop = join(dir, 'faulty')
    mkdirSync(drop)
    const lines = [0, 1, 2].map((i) => JSON.stringify({ id: `feed-${i}`, title: `Tin ${i}`, text: article(2000 + i) }))
    writeFileSync(join(drop, 'feed.jsonl'), `${lines.join('\n')}\n`)
    // The drop's one task queued beforehand with a line that no reader makes (not a string), on which
    // the thread throws, as it might crash on a real input; enqueueing then finds it queued.
    const bad = { batch: { path: 'feed.jsonl', first: 1, lines: [lines[0], 42, lines[2]], encoding: 'utf-8' } } as unknown as JobTask
    await withRedis(redis, async (client) => {
      const queue = await openQueue(client)
      await queue.add('faulty', { drop: 'faulty', task: bad }, { ...JOB_OPTIONS, jobId: taskKey('faulty', bad) })
      await queue.close()
    })
    expect(await enqueueDrop(drop, { redis, out: shared, collect: false })).toEqual({ drop: 'faulty', jobs: 1, added: 0 })

    const worker = startWorker('f1')
    const collected = spawnSync(process.execPath, [cli, 'collect', 'faulty', '--redis', redis, '--wait'], { encoding: 'utf8', timeout: 300_000 })
    expect(collected.stdout).toBe(`faulty: 1 files, 2 records, 1 quarantined → ${join(shared, 'faulty')}\n`)
    expect(readFileSync(join(shared, 'faulty', 'quarantine.jsonl'), 'utf8')).toBe(
      '{"path":"feed.jsonl","line":2,"stage":"worker","rule":"worker-failed","reason":"worker failed: line.trim is not a function"}\n',
    )
    expect(await dropStatus('faulty', { redis })).toEqual({ drop: 'faulty', jobs: 1, done: 0, failed: [{ task: 'feed.jsonl lines 1–3', reason: 'line.trim is not a function' }], active: [], waiting: 0, workers: { f1: 1 } })

    worker.kill('SIGTERM')
    expect(await exited(worker)).toBe(0)
  }, 600_000)

  /** A drop of three articles (from `article(first)` on), enqueued to be collected by hand, whose tasks a
   * worker has done; the worker is still running. */
  const doneByAWorker = async (name: string, first: number): Promise<ChildProcess> => {
    const drop = join(dir, name)
    mkdirSync(drop)
    for (let i = 0; i < 3; i++) writeFileSync(join(drop, `${i}.txt`), article(first + i))
    await enqueueDrop(drop, { redis, out: shared, collect: false })
    const worker = startWorker(`${name}-worker`)
    await until('the tasks are done', async () => (await dropStatus(name, { redis })).done === 3)
    return worker
  }

  // Before, a collect found the drop's lock taken by the worker collecting it and failed ("another run
  // (process N) is writing"), though waiting is what --wait is for.
  it('waits, with --wait, for another collect of the drop to let go of it, then exits 0 with the outputs whole', async () => {
    const worker = await doneByAWorker('awaited', 3000)
    // Another collect holds the drop's outputs.
    const release = await lockfile.lock(join(shared, 'awaited'), { lockfilePath: join(shared, 'awaited', '.trich-lock'), realpath: false })
    const collecting = spawn(process.execPath, [cli, 'collect', 'awaited', '--redis', redis, '--wait'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let said = ''
    collecting.stdout!.on('data', (data: Buffer) => (said += data.toString()))
    await sleep(1_500)
    expect(collecting.exitCode).toBe(null)
    await release()
    expect(await exited(collecting)).toBe(0)
    expect(said).toBe(`awaited: 3 files, 3 records, 0 quarantined → ${join(shared, 'awaited')}\n`)
    expect(spawnSync(process.execPath, [cli, 'validate', join(shared, 'awaited')]).status).toBe(0)
    worker.kill('SIGTERM')
    expect(await exited(worker)).toBe(0)
  }, 600_000)

  it('ends a collect with exit 3 and a sentence when a stored result is damaged, instead of quarantining its articles', async () => {
    const worker = await doneByAWorker('damaged', 4000)
    worker.kill('SIGTERM')
    expect(await exited(worker)).toBe(0)
    const stored = resultFile(shared, 'damaged', taskKey('damaged', { path: '1.txt' }))
    writeFileSync(stored, readFileSync(stored, 'utf8').slice(0, 100))
    const collected = spawnSync(process.execPath, [cli, 'collect', 'damaged', '--redis', redis], { encoding: 'utf8' })
    expect(collected.status).toBe(3)
    expect(collected.stderr).toMatch(new RegExp(`^trich: ${stored.replaceAll('.', '\\.')}: the stored result of a task cannot be read \\(.*\\): delete it and enqueue the drop again to redo the task\n$`, 'u'))
    expect(existsSync(join(shared, 'damaged', 'manifest.json'))).toBe(false)
  }, 600_000)
})

// Redis stopped under a worker and a waiting collect, then started again without its data: before, the
// worker given SIGTERM never exited, the collect waited forever on "0 of N tasks done", and ioredis
// printed an unhandled error event.
describe.skipIf(!hasRedis)('a distributed run whose Redis goes away', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trich-redis-gone-'))
  let port: number
  let server: ChildProcess | undefined
  const startRedis = async (): Promise<void> => {
    server = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let said = ''
    server.stdout!.on('data', (data: Buffer) => (said += data.toString()))
    for (const start = Date.now(); !said.includes('Ready to accept connections'); await sleep(50)) if (Date.now() - start > 30_000) throw new Error('redis-server did not start')
  }
  const stopRedis = async (): Promise<void> => {
    server!.kill('SIGKILL')
    await exited(server!)
  }

  beforeAll(async () => {
    port = await freePort()
    await startRedis()
  }, 60_000)
  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) await stopRedis()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stops a worker with nothing in hand within 10 s of SIGTERM, and ends a waiting collect with exit 3 once the drop is gone', async () => {
    const redis = `redis://127.0.0.1:${port}`
    const drop = join(dir, 'gone')
    mkdirSync(drop)
    writeFileSync(join(drop, '0.txt'), article(5000))
    await enqueueDrop(drop, { redis, out: join(dir, 'shared'), collect: false })
    // The collect waits: no worker takes the task.
    const collect = spawn(process.execPath, [bin, 'collect', 'gone', '--redis', redis, '--wait'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let collectSaid = ''
    collect.stderr!.on('data', (data: Buffer) => (collectSaid += data.toString()))
    // A worker whose task is taken off the queue first, so that it has nothing in hand.
    await withRedis(redis, async (client) => {
      const queue = await openQueue(client)
      await queue.obliterate({ force: true })
      await queue.close()
    })
    const worker = spawn(process.execPath, [bin, 'worker', '--redis', redis, '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let workerSaid = ''
    worker.stderr!.on('data', (data: Buffer) => (workerSaid += data.toString()))
    for (const start = Date.now(); !workerSaid.includes('taking tasks'); await sleep(50)) if (Date.now() - start > 30_000) throw new Error(workerSaid)

    await stopRedis()
    await sleep(1_000)
    const stopped = Date.now()
    worker.kill('SIGTERM')
    expect(await exited(worker)).toBe(0)
    expect(Date.now() - stopped).toBeLessThan(10_000)
    expect(workerSaid).toContain('stopping (no task in hand)')

    await startRedis()
    expect(await exited(collect)).toBe(3)
    expect(collectSaid).toMatch(/trich: gone: the drop is no longer registered in Redis \(restarted without persistence\?\): its tasks are lost; enqueue it again\n$/u)
    expect(workerSaid + collectSaid).not.toContain('Unhandled error event')
  }, 120_000)
})
