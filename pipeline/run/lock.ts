// The lock on a drop's outputs: one run at a time writes them.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { StorageError, UsageError } from '../errors.js'
import { LOCK } from './output-folder.js'

// A lock's folder is touched every LOCK_UPDATE_MS while its run lives; one untouched for LOCK_STALE_MS
// was left by a run that is gone (killed, or on a machine that stopped), and is taken over. A lock whose
// owner (named in a file beside it) ran on this host in a process that is gone is taken over at once, so
// that a run killed is run again without waiting.
const LOCK_UPDATE_MS = 5_000
const LOCK_STALE_MS = 30_000

interface LockOwner {
  host: string
  pid: number
}

/** One run at a time writes a drop's outputs: a lock folder beside them (made with mkdir, which is atomic
 * on local and network file systems alike), so that it holds across processes, containers and hosts, and
 * between two runs in one process. With `wait`, a run waits for the one that holds it. */
export async function lock(outDir: string, wait: boolean): Promise<() => Promise<void>> {
  const ownerFile = join(outDir, `${LOCK}.owner`)
  // A lock lost while the run went on (its folder removed, or taken over after the process stood still
  // past the stale time) makes the run fail when it ends, instead of an error thrown from a timer.
  let lost: Error | undefined
  const take = () =>
    lockfile.lock(outDir, {
      lockfilePath: join(outDir, LOCK),
      realpath: false,
      stale: LOCK_STALE_MS,
      update: LOCK_UPDATE_MS,
      retries: wait ? { forever: true, minTimeout: 250, maxTimeout: 2_000 } : 0,
      onCompromised: (error) => void (lost ??= error),
    })
  try {
    const release = await take().catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED' || !(await ownerIsGone(ownerFile))) throw error
      await rm(join(outDir, LOCK), { recursive: true, force: true })
      return take()
    })
    await writeFile(ownerFile, JSON.stringify({ host: hostname(), pid: process.pid } satisfies LockOwner))
    return async () => {
      await rm(ownerFile, { force: true })
      await release().catch(() => undefined)
      if (lost) throw new StorageError(`the lock on ${outDir} was lost while the run wrote (${lost.message}): run the drop again`)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new UsageError(`another run is writing ${outDir}: wait for it to finish (\`trich collect --wait\` waits), or stop it`)
    throw error
  }
}

// The lock's owner ran on this host in a process that is no more.
async function ownerIsGone(ownerFile: string): Promise<boolean> {
  const owner = await readFile(ownerFile, 'utf8').then((text) => JSON.parse(text) as LockOwner, () => undefined)
  if (owner?.host !== hostname() || owner.pid === process.pid) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
