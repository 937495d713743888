// Where a drop's outputs go, `<out>/<name>/`, and whose that folder is. A run never writes into its own
// drop, nor into a folder that holds the drop: its outputs would be read back as articles on the next
// run, and inputs would be overwritten. The folder a run writes carries a mark naming the drop it holds
// the outputs of; a run writes into (and deletes in) only a folder that is empty, or marked as its own
// drop's, so that two drops of one name never overwrite each other and nothing trich did not make is
// removed.
import { mkdir, readdir, readFile, realpath } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { StorageError, UsageError } from '../errors.js'
import { writeFileAtomic } from '../sinks/jsonl.js'

export const OUTPUT_MARK = '.trich-output.json'
/** The lock of the run that writes the folder (see run-drop.ts). */
export const LOCK = '.trich-lock'

// What trich writes in a drop's output folder: a folder holding only these (and no mark) is the output
// of an earlier version of trich, taken over.
const TRICH_ENTRIES = new Set(['articles.jsonl', 'quarantine.jsonl', 'manifest.json', 'tables', 'parquet', 'report', '.trich-run', '.trich-dist', OUTPUT_MARK, LOCK, `${LOCK}.owner`])

interface Mark {
  trich_output: 1
  /** The drop's folder, as its real path. */
  drop: string
}

/** The name of a drop's output folder: `name` if given, else the drop folder's own name. */
export function outputName(dropDir: string, name?: string): string {
  const chosen = name ?? basename(resolve(dropDir))
  if (chosen === '' || chosen === '.' || chosen === '..' || /[/\\\0]/u.test(chosen)) {
    throw new UsageError(`${name === undefined ? dropDir : `--name ${name}`}: not a name for a drop's output folder (one folder name, without / or \\)`)
  }
  return chosen
}

/** `path` with links resolved as far as it exists: where it is, or would be once made. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path)
  try {
    return await realpath(absolute)
  } catch {
    const parent = dirname(absolute)
    return parent === absolute ? absolute : join(await realPathOf(parent), basename(absolute))
  }
}

const within = (inner: string, outer: string): boolean => {
  const rel = relative(outer, inner)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep) && !/^[A-Za-z]:/u.test(rel))
}

/**
 * Makes the folder `outDir` for the outputs of the drop at `dropDir`, or says in a sentence why it may not
 * be: it is the drop, lies inside it or holds it. Nothing is made in that case.
 */
export async function makeOutputFolder(dropDir: string, outDir: string): Promise<void> {
  const drop = await realPathOf(dropDir)
  const out = await realPathOf(outDir)
  if (within(out, drop)) {
    throw new UsageError(`the output folder ${outDir} is ${out === drop ? 'the drop' : 'inside the drop'} ${dropDir}: the outputs would overwrite inputs and be read back as articles; choose an --out outside the drop`)
  }
  if (within(drop, out)) throw new UsageError(`the drop ${dropDir} is inside its output folder ${outDir}: choose another --out or --name`)
  await mkdir(outDir, { recursive: true }).catch((error: Error) => {
    throw new StorageError(`cannot write the outputs of ${basename(outDir)} in ${outDir}: ${error.message}`)
  })
}

/**
 * Marks `outDir` (made by makeOutputFolder) as the output folder of the drop at `dropDir`, or says in a
 * sentence why it cannot be: it holds another drop's outputs, or files trich did not write. A run claims
 * it holding the folder's lock, so that two runs never read each other's half-written mark.
 */
export async function claimOutputFolder(dropDir: string, outDir: string): Promise<void> {
  const drop = await realPathOf(dropDir)
  const markPath = join(outDir, OUTPUT_MARK)
  const mark = await readMark(markPath)
  if (mark) {
    if (mark.drop !== drop) throw new UsageError(`${outDir} holds the outputs of another drop, ${mark.drop}: give this drop another name (--name) or another --out`)
    return
  }
  const entries = await readdir(outDir)
  const foreign = entries.filter((entry) => !TRICH_ENTRIES.has(entry))
  const earlier = entries.every((entry) => entry === '.trich-run' || entry.startsWith(LOCK)) || (await isTrichManifest(join(outDir, 'manifest.json'), basename(outDir)))
  if (foreign.length > 0 || !earlier) {
    const shown = (foreign.length > 0 ? foreign : entries).slice(0, 3).join(', ')
    throw new UsageError(`${outDir} exists and holds files trich did not write (${shown}${entries.length > 3 ? ', …' : ''}): choose another --out or --name`)
  }
  const written: Mark = { trich_output: 1, drop }
  await writeFileAtomic(markPath, `${JSON.stringify(written)}\n`)
}

async function readMark(path: string): Promise<Mark | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }
  const mark = JSON.parse(text) as Partial<Mark>
  if (mark.trich_output !== 1 || typeof mark.drop !== 'string') throw new UsageError(`${path}: not a trich output mark: choose another --out or --name`)
  return mark as Mark
}

// An earlier version's outputs: a manifest of trich's, of a drop of this folder's name.
async function isTrichManifest(path: string, name: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { pipeline?: { name?: string }; drop?: string }
    return manifest.pipeline?.name === 'trich' && manifest.drop === name
  } catch {
    return false
  }
}
