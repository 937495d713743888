// Reading a drop's outputs back (load, report, validate): they are trusted only as a whole that agrees
// with its manifest. The manifest must be trich's (valid against its schema), of a complete run, and
// every output it lists must be there with the size and sha256 it gives: a run killed while moving its
// outputs into place, a file copied in from another drop or edited by hand, is refused with a sentence.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { StorageError } from './errors.js'
import type { Manifest } from './schema-types.js'
import { schemaIds, validate } from './schemas.js'
import { hashFile } from './hash-file.js'

/** The manifest at `outDir`, if it is a trich manifest; else a sentence saying why not. */
export async function readManifest(outDir: string, name = 'manifest.json'): Promise<Manifest> {
  const path = join(outDir, name)
  let value: unknown
  try {
    value = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new StorageError(`${outDir}: ${code ? `cannot read ${name} (${code})` : `${name} is not JSON (${(error as Error).message})`}: not a drop's output`)
  }
  const problems = validate(schemaIds().manifest!, value)
  if (problems.length > 0) throw new StorageError(`${outDir}: ${name} is not a trich manifest (${problems.slice(0, 2).map((p) => `${p.path} ${p.message}`).join('; ')}): not a drop's output`)
  return value as Manifest
}

/** An output that disagrees with the manifest: its name, whether it is there at all, and a sentence. */
export interface Mismatch {
  name: string
  missing: boolean
  problem: string
}

/** What disagrees between the manifest and the files beside it, output by output. */
export async function outputMismatches(outDir: string, manifest: Manifest): Promise<Mismatch[]> {
  const found: Mismatch[] = []
  for (const [name, listed] of Object.entries(manifest.outputs ?? {})) {
    if (!listed) continue
    const path = join(outDir, name)
    const size = await stat(path).then((s) => s.size, () => undefined)
    if (size === undefined) found.push({ name, missing: true, problem: `${name} is missing` })
    else if (size !== listed.bytes) found.push({ name, missing: false, problem: `${name} has ${size} bytes, the manifest says ${listed.bytes}` })
    else if ((await hashFile(path)) !== listed.sha256) found.push({ name, missing: false, problem: `${name} differs from the file the manifest lists (sha256)` })
  }
  return found
}

/** The sentence for a manifest whose run did not finish. */
export const interrupted = (manifest: Manifest): string => `the run of drop ${manifest.drop} was interrupted: run it again to finish it`

/** The manifest of a complete drop's outputs whose files all agree with it; else a sentence. */
export async function readDropOutputs(outDir: string): Promise<Manifest> {
  const manifest = await readManifest(outDir)
  if (manifest.status !== 'complete') throw new StorageError(`${outDir}: ${interrupted(manifest)}`)
  const mismatches = (await outputMismatches(outDir, manifest)).map((m) => m.problem)
  if (mismatches.length > 0) throw new StorageError(`${outDir}: the outputs disagree with their manifest (${mismatches.slice(0, 3).join('; ')}${mismatches.length > 3 ? '; …' : ''}): run the drop again`)
  return manifest
}
