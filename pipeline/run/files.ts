// The files of a drop: every regular file below its folder, in a stable order (by path, code unit by
// code unit), with paths relative to the drop and `/`-separated. Every entry is accounted for: a file
// that cannot be read is listed as unreadable, and one that is not read on purpose as skipped, with the
// reason: hidden files and folders (a name that starts with a dot), and links that lead out of the drop
// (unless links are followed). Folders reached twice through links are walked once, so a loop ends.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { StorageError } from '../errors.js'
import { MAX_SOURCE_BYTES, mb } from '../stages/decode.js'

export interface DropFile {
  /** Absolute path. */
  absolute: string
  /** Relative to the drop, `/`-separated. */
  path: string
}

export interface Unreadable {
  path: string
  reason: string
}

/** An entry of the drop that is not read, on purpose; a folder's path ends with `/`. */
export interface Skipped {
  path: string
  size: number
  reason: string
}

export interface DropListing {
  files: DropFile[]
  unreadable: Unreadable[]
  skipped: Skipped[]
}

export interface ListOptions {
  /** Read files that links lead to outside the drop (default: list them as skipped). */
  followLinks?: boolean
}

const inside = (path: string, root: string): boolean => {
  const rel = relative(root, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep))
}

/** Refuses, in a sentence, a drop that is not a folder that can be read. */
export async function checkDropFolder(dropDir: string): Promise<void> {
  const found = await stat(dropDir).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'ENOENT' ? 'no such folder' : error.code === 'EACCES' ? 'not allowed to read it' : (error.code ?? error.message)
    throw new StorageError(`${dropDir}: cannot read the drop: ${why}`)
  })
  if (!found.isDirectory()) throw new StorageError(`${dropDir}: not a folder: a drop is a folder of articles`)
}

export async function listDrop(root: string, options: ListOptions = {}): Promise<DropListing> {
  const files: DropFile[] = []
  const unreadable: Unreadable[] = []
  const skipped: Skipped[] = []
  const realRoot = await realpath(root)
  const seen = new Set<string>()
  const toPath = (absolute: string): string => relative(root, absolute).split(sep).join('/')
  const skip = async (absolute: string, isDir: boolean, reason: string): Promise<void> => {
    const size = isDir ? 0 : await lstat(absolute).then((s) => s.size, () => 0)
    skipped.push({ path: `${toPath(absolute)}${isDir ? '/' : ''}`, size, reason })
  }
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir)
    if (seen.has(real)) {
      unreadable.push({ path: toPath(dir), reason: 'folder reached twice through links (symlink loop); walked once' })
      return
    }
    seen.add(real)
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      unreadable.push({ path: toPath(dir) || '.', reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const absolute = join(dir, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        let target
        try {
          target = await stat(absolute)
        } catch (error) {
          unreadable.push({ path: toPath(absolute), reason: `broken link: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}` })
          continue
        }
        isDir = target.isDirectory()
        isFile = target.isFile()
        const to = await realpath(absolute)
        if (!options.followLinks && !inside(to, realRoot)) {
          await skip(absolute, isDir, `link out of the drop (to ${to}); --follow-links reads it`)
          continue
        }
      }
      if (entry.name.startsWith('.')) await skip(absolute, isDir && !entry.isSymbolicLink(), `hidden ${isDir ? 'folder' : 'file'} (its name starts with a dot): not read`)
      else if (isDir) await walk(absolute)
      else if (isFile) files.push({ absolute, path: toPath(absolute) })
      else unreadable.push({ path: toPath(absolute), reason: 'not a regular file' })
    }
  }
  await walk(root)
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, unreadable, skipped }
}

/** One article file's bytes, for `trich explain`: a regular file of at most one article's size. A FIFO
 * or a device (`/dev/zero`) would be read forever, and a larger file is not one article. */
export async function readArticleFile(path: string): Promise<Uint8Array> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new StorageError(`${path}: cannot read it: ${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)}`)
  })
  if (!found.isFile()) throw new StorageError(`${path}: not a regular file (${found.isDirectory() ? 'a folder' : found.isFIFO() ? 'a FIFO' : 'a device or a socket'}): explain reads article files`)
  if (found.size > MAX_SOURCE_BYTES) throw new StorageError(`${path}: file too large for one article: ${mb(found.size)} (the limit is ${mb(MAX_SOURCE_BYTES)})`)
  return readFile(path)
}
